using System.Globalization;
using Retning.Web.Jobs;
using Retning.Web.Services.Retention;

namespace Retning.Web.Commands;

/// <summary>
/// <c>retention report</c>: the dry run for the operator (ids, departments and dates, never names);
/// <c>retention run</c>: one run of the retention job now, under the same lease as the job.
/// </summary>
public sealed class RetentionCommand : IRetningCommand
{
    public string Name => "retention";
    public string Usage => "retention report|run — what the retention job would erase and when (ids only), or one run of the job now";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        switch (arguments.Count > 0 ? arguments[0] : null)
        {
            case "report":
                await ReportAsync(services, output, ct);
                return 0;
            case "run":
                var result = await services.GetRequiredService<RetentionRun>().RunOnceAsync(ct);
                output.WriteLine(result.HadLease
                    ? $"Due {result.Due}, erased {result.Erased}, held {result.Held}, retained {result.Retained} (dry run: {result.DryRun})."
                    : "Another instance holds the retention lease; nothing was done.");
                return result.HadLease ? 0 : 1;
            default:
                output.WriteLine("Usage: " + Usage);
                return 2;
        }
    }

    private static async Task ReportAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        await using var scope = services.CreateAsyncScope();
        await using var db = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCitizenScope.System, clock);
        var candidates = await RetentionReport.BuildAsync(db, DanishTime.Today(clock), ct);
        output.WriteLine("citizen id                            department       discharged  erasable on  state");
        foreach (var c in candidates)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.CitizenId}  {c.Department,-15}  {c.DischargedOn:yyyy-MM-dd}  {c.Verdict.ErasableOn:yyyy-MM-dd}   {c.Verdict.State}"));
        }

        output.WriteLine($"{candidates.Count} discharged citizens: {candidates.Count(c => c.Verdict.State == Domain.Rights.RetentionState.Due)} due, "
            + $"{candidates.Count(c => c.Verdict.State == Domain.Rights.RetentionState.Held)} held.");
    }
}
