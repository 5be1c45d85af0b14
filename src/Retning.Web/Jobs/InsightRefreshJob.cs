using Retning.Web.Services.Insight;

namespace Retning.Web.Jobs;

/// <summary>
/// Every <see cref="Interval"/>, reads the kept management figures again when what they read has changed
/// (<see cref="InsightCache.RefreshAsync"/>, docs/adr/0015). Unlike the other jobs it takes no lease: each app
/// instance keeps its own figures in memory and refreshes only those.
/// </summary>
public sealed class InsightRefreshJob(InsightCache cache, TimeProvider clock, ILogger<InsightRefreshJob> log)
    : PeriodicJob(Interval, clock, log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override string Name => "Refreshing the kept management figures";

    protected override Task RunOnceAsync(CancellationToken ct) => cache.RefreshAsync(ct);
}
