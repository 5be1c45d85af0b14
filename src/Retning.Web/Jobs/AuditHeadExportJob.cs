using Microsoft.Extensions.Options;

namespace Retning.Web.Jobs;

/// <summary>Runs <see cref="AuditHeadExportRun"/> every <see cref="AuditOptions.Interval"/> (registered only when an export is configured).</summary>
public sealed class AuditHeadExportJob(AuditHeadExportRun run, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditHeadExportJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first look comes one interval after start-up, when the database is migrated and the app serves.
        // Kept within what PeriodicTimer takes, so a mistyped setting cannot stop the host.
        var interval = options.Value.Interval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1)
            : options.Value.Interval > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : options.Value.Interval;
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await run.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A full disk or a lost share must not stop the next day's export.
                log.LogError(e, "Exporting the audit chain head failed; it is tried again at the next tick");
            }
        }
    }
}
