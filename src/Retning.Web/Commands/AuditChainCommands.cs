using Microsoft.Extensions.Options;
using Retning.Data.Audit;
using Retning.Web.Jobs;

namespace Retning.Web.Commands;

/// <summary>
/// <c>verify-audit [heads-file …]</c>: recomputes the audit chain and reports the first broken link. Each heads
/// file (default: Audit:HeadExportPath when it exists) holds exported heads the chain must still contain.
/// Exit code 0 = intact, 1 = broken, 2 = a heads file could not be read.
/// </summary>
public sealed class VerifyAuditCommand : IRetningCommand
{
    public string Name => "verify-audit";
    public string Usage => "verify-audit [heads-file …] — recomputes the audit log's hash chain; checks it still holds every exported head (default: Audit:HeadExportPath)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        var files = arguments.Count > 0 ? arguments.ToList() : DefaultHeadsFile(services);
        var heads = new List<AuditHead>();
        foreach (var file in files)
        {
            try
            {
                heads.AddRange(await AuditHeadFile.ReadAsync(file, ct));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                output.WriteLine($"Kan ikke læse hovedfilen {file}: {e.Message}");
                return 2;
            }
        }

        await using var scope = services.CreateAsyncScope();
        await using var db = AuditChainCommands.SystemContext(scope.ServiceProvider);
        var report = await AuditChain.VerifyAsync(db, heads, ct);
        output.WriteLine(report.Summary);
        output.WriteLine($"Eksporterede hoveder kontrolleret: {heads.Count} (fra {(files.Count == 0 ? "ingen fil" : string.Join(", ", files))}).");
        output.WriteLine($"Hoved: {report.Head.Sequence} {report.Head.Hash}");
        return report.IsIntact ? 0 : 1;
    }

    private static List<string> DefaultHeadsFile(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AuditOptions>>().Value.HeadExportPath is { Length: > 0 } path && File.Exists(path) ? [path] : [];
}

/// <summary><c>audit-head [file]</c>: prints the chain's head ("sequence hash time") and appends it to the file when given.</summary>
public sealed class AuditHeadCommand : IRetningCommand
{
    public string Name => "audit-head";
    public string Usage => "audit-head [file] — prints the audit chain's head (sequence, hash, time); appends it to the file when given";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = AuditChainCommands.SystemContext(scope.ServiceProvider);
        var head = await AuditChain.HeadAsync(db, ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        output.WriteLine(head.ToLine(now));
        if (arguments.Count > 0)
        {
            await AuditHeadFile.AppendAsync(arguments[0], head, now, ct);
        }

        return 0;
    }
}

internal static class AuditChainCommands
{
    /// <summary>A context that sees the whole log (no user, no department scope); from a scope, as the options are scoped.</summary>
    public static AppDbContext SystemContext(IServiceProvider services) =>
        new(services.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCitizenScope.System, services.GetRequiredService<TimeProvider>());
}
