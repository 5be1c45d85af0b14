using Microsoft.Extensions.Options;

namespace Retning.Web.Jobs;

/// <summary>
/// Runs <see cref="DailyDigestRun"/> every few minutes (PeriodicTimer on the app's clock). Safe with
/// several app instances: each run first takes the database lease, so only one instance works at a time.
/// </summary>
public sealed class DailyDigestJob(DailyDigestRun run, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<DailyDigestJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
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
                // One bad run (e.g. the database briefly away) must not stop tomorrow's reminders.
                log.LogError(e, "The daily reminder run failed; it is tried again at the next tick");
            }
        }
    }
}
