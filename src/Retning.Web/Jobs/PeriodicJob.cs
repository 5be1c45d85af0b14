namespace Retning.Web.Jobs;

/// <summary>
/// The one loop of Retning's background jobs: a PeriodicTimer on the app's clock calls the job's
/// run once per tick. Safe with several app instances because every run first takes its database
/// lease (JobLeases), so only one instance works at a time. A failed run is logged and tried again
/// at the next tick: one bad run (the database briefly away, a full disk) must not stop the job.
/// </summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider clock, ILogger log) : BackgroundService
{
    /// <summary>What the log calls the job, e.g. "The daily reminder run".</summary>
    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failing run must not stop the job: it is logged and tried at the next tick
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "{Job} failed; it is tried again at the next tick", Name);
            }
        }
    }
}
