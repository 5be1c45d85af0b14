using Microsoft.Extensions.Options;

namespace Retning.Web.Jobs;

/// <summary>Runs <see cref="AuditHeadExportRun"/> every <see cref="AuditOptions.Interval"/> (registered only when an export is configured).</summary>
public sealed class AuditHeadExportJob(AuditHeadExportRun run, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditHeadExportJob> log)
    : PeriodicJob(Clamp(options.Value.Interval), clock, log)
{
    protected override string Name => "Exporting the audit chain head";

    protected override Task RunOnceAsync(CancellationToken ct) => run.RunOnceAsync(ct);

    /// <summary>Kept within what PeriodicTimer takes, so a mistyped setting cannot stop the host.</summary>
    private static TimeSpan Clamp(TimeSpan interval) =>
        interval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1)
        : interval > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : interval;
}
