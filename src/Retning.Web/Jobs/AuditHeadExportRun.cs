using Microsoft.Extensions.Options;
using Retning.Data.Audit;
using Retning.Data.Jobs;

namespace Retning.Web.Jobs;

/// <summary>
/// Exports the audit chain's head once a day, to <see cref="AuditOptions.HeadExportPath"/> and/or the log. The
/// database lease is taken for a whole day by a fresh holder each time, so with several instances exactly one
/// exports per day; a failed export gives the lease back, so the next tick tries again.
/// </summary>
public sealed class AuditHeadExportRun(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AuditOptions> options, ILoggerFactory logs)
{
    private static readonly TimeSpan ExportEvery = TimeSpan.FromDays(1);
    private readonly ILogger _log = logs.CreateLogger("Retning.AuditHead");

    /// <summary>The head exported by this run, or null when it was not this run's turn.</summary>
    public async Task<AuditHead?> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCitizenScope.System, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        if (!await JobLeases.TryAcquireAsync(db, JobLeases.AuditHeadExport, holder, now, ExportEvery, ct))
        {
            return null;
        }

        try
        {
            var head = await AuditChain.HeadAsync(db, ct);
            await ExportAsync(head, now, ct);
            return head;
        }
        catch
        {
            await JobLeases.ReleaseAsync(db, JobLeases.AuditHeadExport, holder, now, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Writes one head to the configured places (also used by the <c>audit-head</c> command).</summary>
    public async Task ExportAsync(AuditHead head, DateTime nowUtc, CancellationToken ct)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.HeadExportPath))
        {
            await AuditHeadFile.AppendAsync(settings.HeadExportPath, head, nowUtc, ct);
        }

        if (settings.HeadExportToLog)
        {
            _log.LogInformation("Audit chain head: {HeadLine}", head.ToLine(nowUtc));
        }
    }
}
