using Microsoft.Extensions.Options;

namespace Retning.Web.Jobs;

/// <summary>Runs <see cref="DailyDigestRun"/> every few minutes (<see cref="ReminderOptions.Interval"/>).</summary>
public sealed class DailyDigestJob(DailyDigestRun run, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<DailyDigestJob> log)
    : PeriodicJob(options.Value.Interval, clock, log)
{
    protected override string Name => "The daily reminder run";

    protected override Task RunOnceAsync(CancellationToken ct) => run.RunOnceAsync(ct);
}
