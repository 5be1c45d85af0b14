using Microsoft.Extensions.Options;

namespace Retning.Web.Jobs;

/// <summary>Runs <see cref="RetentionRun"/> every few hours (PeriodicTimer on the app's clock); the lease makes one instance do it.</summary>
public sealed class RetentionJob(RetentionRun run, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> log) : BackgroundService
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
                // A failed run (the database briefly away) is tried again at the next tick; an erasure is all or nothing.
                log.LogError(e, "The retention run failed; it is tried again at the next tick");
            }
        }
    }
}
