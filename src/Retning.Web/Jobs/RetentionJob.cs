using Microsoft.Extensions.Options;

namespace Retning.Web.Jobs;

/// <summary>Runs <see cref="RetentionRun"/> every few hours (<see cref="RetentionOptions.Interval"/>); an erasure is all or nothing.</summary>
public sealed class RetentionJob(RetentionRun run, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> log)
    : PeriodicJob(options.Value.Interval, clock, log)
{
    protected override string Name => "The retention run";

    protected override Task RunOnceAsync(CancellationToken ct) => run.RunOnceAsync(ct);
}
