namespace Retning.BrowserTests.Infrastructure;

/// <summary>
/// Tests that run after the parallel ones, one at a time: the API reference page (Scalar renders a 5 MB script and
/// keeps both cores busy, so a page of a parallel workflow missed its load timeout) and docs/api.md's examples (they
/// add a plan in Mågen, which a parallel quality round counts).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
