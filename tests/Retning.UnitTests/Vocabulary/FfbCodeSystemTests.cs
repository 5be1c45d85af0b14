using Retning.Domain.Vocabulary;

namespace Retning.UnitTests.Vocabulary;

/// <summary>The shipped FFB code system, read from the JSON kept in the repository (docs/adr/0018-ffb-vocabulary.md).</summary>
public sealed class FfbCodeSystemTests
{
    private static readonly FfbCodeSystem Ffb = FfbCodeSystem.Current;

    [Fact]
    public void It_is_KLs_FFB_version_20240530_with_all_220_concepts()
    {
        Assert.Equal("urn:oid:1.2.208.176.2.22", Ffb.System);
        Assert.Equal(FfbCodeSystem.SystemUri, Ffb.System);
        Assert.Equal("20240530", Ffb.Version);
        Assert.Equal(FfbCodeSystem.ExpectedVersion, Ffb.Version);
        Assert.Equal(220, Ffb.Concepts.Count);
        Assert.Equal(Ffb.Concepts.Count, Ffb.Concepts.Select(c => c.Code).Distinct().Count());
        Assert.Equal(
            ["Social indsats", "Støttebehovsniveau", "Status på indsats", "FFB tilstande", "Måltype", "Funktionsevneniveau"],
            Ffb.Concepts.Where(c => c.Depth == 0).Select(c => c.Display));
    }

    [Fact]
    public void A_code_finds_its_display_definition_and_parent()
    {
        var memory = Ffb.Find("61452fe5-cea2-4d92-b2f1-406e9a5d31cb");

        Assert.NotNull(memory);
        Assert.Equal("Hukommelse", memory.Display);
        Assert.Equal(3, memory.Depth);
        Assert.Equal("Mentale funktioner", Ffb.Parent(memory.Code)?.Display);
        Assert.Equal("Funktioner og forhold", Ffb.Parent(memory.ParentCode!)?.Display);
        Assert.False(string.IsNullOrWhiteSpace(memory.Definition));
        Assert.Contains(Ffb.Children("25c5c614-305f-46cd-9891-55d564fc30cf"), c => c.Display == "Hukommelse");
    }

    [Fact]
    public void An_unknown_code_or_a_code_in_another_case_is_not_found()
    {
        Assert.Null(Ffb.Find("00000000-0000-0000-0000-000000000000"));
        Assert.Null(Ffb.Find("61452FE5-CEA2-4D92-B2F1-406E9A5D31CB"));
        Assert.Null(Ffb.Find(null));
        Assert.Null(Ffb.Coding("nope"));
    }

    [Fact]
    public void A_coding_carries_system_version_code_and_display()
    {
        var coding = Ffb.Coding("d41c8072-52f8-42b5-9375-ddbea454d27f");

        Assert.Equal(new FfbCoding("urn:oid:1.2.208.176.2.22", "20240530", "d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"), coding);
    }

    [Fact]
    public void The_branch_roots_are_the_concepts_their_names_say()
    {
        Assert.Equal("FFB tilstande", Ffb.Find(FfbCodeSystem.ConditionsRoot)?.Display);
        Assert.Equal("Støttebehovsniveau", Ffb.Find(FfbCodeSystem.SupportNeedRoot)?.Display);
        Assert.Equal("Måltype", Ffb.Find(FfbCodeSystem.GoalTypeRoot)?.Display);
        Assert.Equal("Status på indsats", Ffb.Find(FfbCodeSystem.InterventionStatusRoot)?.Display);
    }

    [Fact]
    public void Each_kind_allows_only_its_own_branch()
    {
        var themes = Ffb.OfKind(FfbKind.Theme);
        Assert.Equal(11, themes.Count(c => c.Depth == 2));
        Assert.Equal(11 + 67, themes.Count);
        Assert.Contains(themes, c => c.Display == "Mentale funktioner");
        Assert.Contains(themes, c => c.Display == "Hukommelse");
        Assert.DoesNotContain(themes, c => c.Display is "Funktioner og forhold" or "FFB tilstande" or "Angst");

        Assert.Equal(
            ["Ikke vurderet", "Moderat støttebehov", "Intet støttebehov", "Højt støttebehov", "Let støttebehov", "Fuldstændigt støttebehov"],
            Ffb.OfKind(FfbKind.SupportNeedLevel).Select(c => c.Display));
        Assert.Equal(3, Ffb.OfKind(FfbKind.GoalType).Count);
        Assert.Equal(3, Ffb.OfKind(FfbKind.EvaluationDecision).Count);

        Assert.True(Ffb.Allows(FfbKind.Theme, "61452fe5-cea2-4d92-b2f1-406e9a5d31cb"));
        Assert.False(Ffb.Allows(FfbKind.SupportNeedLevel, "61452fe5-cea2-4d92-b2f1-406e9a5d31cb"));
        // "Ikke vurderet" of Funktionsevneniveau is not a support-need level.
        Assert.False(Ffb.Allows(FfbKind.SupportNeedLevel, "1c327095-107f-4b96-88d0-ec562cb980be"));
        Assert.False(Ffb.Allows(FfbKind.Theme, "unknown"));
    }

    [Fact]
    public void The_embedded_file_is_the_one_in_the_repository_unchanged()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Retning.Domain", "Vocabulary", "CodeSystem-FFB-20240530.json");
        using var embedded = typeof(FfbCodeSystem).Assembly.GetManifestResourceStream(FfbCodeSystem.ResourceName)!;
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);

        Assert.Equal(File.ReadAllBytes(path), copy.ToArray());
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Retning.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Retning.slnx not found above the test's directory.");
    }
}
