using System.Runtime.CompilerServices;

namespace Retning.UnitTests.Access;

/// <summary>
/// Department scoping is a query filter (docs/adr/0002-department-scoping-as-query-filter.md); a query
/// that switches the filters off must be one of the reviewed places below, each with its reason. A new
/// one fails here until it is reviewed and added — reading a verified citizen's rows belongs in
/// <c>CitizenRows</c>/<c>PlanRows</c>, not in a page.
/// </summary>
public sealed class IgnoreQueryFiltersAllowListTests
{
    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        ["src/Retning.Web/Authorization/CitizenRows.cs"] = "the reviewed path: a verified citizen's rows, keyed by its id (ADR 0002, paying for scoping once)",
        ["src/Retning.Web/Authorization/PlanRows.cs"] = "the reviewed path: the rows of a verified citizen's plan, keyed by the plan id",
        ["src/Retning.Web/Authorization/CitizenAccessService.cs"] = "whether an out-of-scope citizen exists, to audit the denial (reads no data)",
        ["src/Retning.Web/Infrastructure/DeniedAccessLoggingMiddleware.cs"] = "whether an out-of-scope row exists, to audit the denial (reads no data)",
        ["src/Retning.Web/Pages/Borgere/CitizenInput.cs"] = "CPR uniqueness across departments (ADR 0002, consequences)",
        ["src/Retning.Data/Demo/DemoData.cs"] = "demo seeding: CPR numbers already taken in any department",
        ["src/Retning.Data/Retention/CitizenErasure.cs"] = "the erasure job deletes every row of a citizen, whoever's department",
        ["src/Retning.Data/Insight/ScoreMonthFacts.cs"] = "the save that writes notes rewrites their sub-goals' monthly score facts, keyed by the sub-goals it saves; nothing is shown (docs/adr/0014)",
        ["src/Retning.Web/Services/Quality/RoundFacts.cs"] = "a monitoring round's progress, results and agreement: ids, ratings and states of its sampled plans for whoever reads the round's figures; names only through the scoped query (docs/domain.md, \"Quality monitoring\")",
        ["src/Retning.Web/Services/Insight/InsightReader.cs"] = "management figures: ids and dates of the role's departments, a citizen counted where they lived each day; names only through the scoped query (docs/domain.md, \"Management information\")",
    };

    [Fact]
    public void Only_reviewed_files_switch_the_scoping_filters_off()
    {
        var root = RepositoryRoot();
        var users = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(root, f)).Contains("IgnoreQueryFilters", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var unreviewed = users.Where(f => !Reviewed.ContainsKey(f)).ToList();

        Assert.Empty(unreviewed);
    }

    [Fact]
    public void Every_reviewed_file_exists()
    {
        var root = RepositoryRoot();

        var missing = Reviewed.Keys.Where(f => !File.Exists(Path.Combine(root, f))).ToList();

        Assert.Empty(missing);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Retning.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Retning.slnx not found above the test.");
    }
}
