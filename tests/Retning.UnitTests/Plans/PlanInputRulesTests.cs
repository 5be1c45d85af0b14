using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class PlanInputRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static PurposeDraft Valid(string? title = "Styre egen økonomi", string? text = "At borgeren lærer at styre sin økonomi.",
        DateOnly? received = null, PurposeSource? source = PurposeSource.ActionPlan141, string? reference = "Handleplan af 1. februar 2026") =>
        new(title, text, received ?? new DateOnly(2026, 2, 1), source, reference);

    [Fact]
    public void A_complete_purpose_passes() => Assert.Empty(PlanInputRules.CheckPurpose(Valid(), Today, isRevision: false));

    [Fact]
    public void An_empty_purpose_gets_a_message_at_each_required_field()
    {
        var errors = PlanInputRules.CheckPurpose(new PurposeDraft(" ", "", null, null, null), Today, isRevision: false);

        Assert.Equal(["Title", "Text", "ReceivedOn", "Source"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.EndsWith(".", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_revision_needs_no_title() =>
        Assert.Empty(PlanInputRules.CheckPurpose(Valid(title: null), Today, isRevision: true, new DateOnly(2025, 6, 1)));

    [Fact]
    public void A_received_date_in_the_future_is_refused()
    {
        var error = Assert.Single(PlanInputRules.CheckPurpose(Valid(received: Today.AddDays(1)), Today, isRevision: false));
        Assert.Equal(("ReceivedOn", "Modtagelsesdatoen ligger i fremtiden."), (error.Field, error.Message));
    }

    [Fact]
    public void Today_is_a_valid_received_date() =>
        Assert.Empty(PlanInputRules.CheckPurpose(Valid(received: Today), Today, isRevision: false));

    [Fact]
    public void A_revision_received_before_the_current_wording_would_not_become_the_basis_and_is_refused()
    {
        var error = Assert.Single(PlanInputRules.CheckPurpose(Valid(received: new DateOnly(2025, 5, 31)), Today, isRevision: true, new DateOnly(2025, 6, 1)));
        Assert.Equal("ReceivedOn", error.Field);
        Assert.Equal("Den gældende formulering er modtaget 01-06-2025. En revision skal være modtaget samme dag eller senere.", error.Message);
    }

    [Fact]
    public void A_revision_received_the_same_day_as_the_current_is_allowed() =>
        Assert.Empty(PlanInputRules.CheckPurpose(Valid(received: new DateOnly(2025, 6, 1)), Today, isRevision: true, new DateOnly(2025, 6, 1)));

    [Fact]
    public void An_unknown_source_value_is_refused() =>
        Assert.Equal("Source", Assert.Single(PlanInputRules.CheckPurpose(Valid(source: (PurposeSource)99), Today, isRevision: false)).Field);

    [Fact]
    public void Over_long_title_and_reference_are_refused()
    {
        var errors = PlanInputRules.CheckPurpose(Valid(title: new string('a', 201), reference: new string('b', 201)), Today, isRevision: false);
        Assert.Equal(["Title", "SourceReference"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_perspective_and_participation_pass() =>
        Assert.Empty(PlanInputRules.CheckPerspective("Vil gerne lære at cykle.", noWishes: false, "Borgeren deltog i samtalen med mor."));

    [Fact]
    public void A_documented_no_wishes_replaces_the_perspective_text() =>
        Assert.Empty(PlanInputRules.CheckPerspective(null, noWishes: true, "Drøftet med værgen."));

    [Fact]
    public void A_perspective_and_no_wishes_together_are_allowed() =>
        Assert.Empty(PlanInputRules.CheckPerspective("Er glad for sin hverdag.", noWishes: true, "Samtale med borgeren."));

    [Fact]
    public void A_blank_perspective_without_no_wishes_is_not_documentation()
    {
        var error = Assert.Single(PlanInputRules.CheckPerspective("   ", noWishes: false, "Samtale."));
        Assert.Equal("CitizenPerspective", error.Field);
        Assert.Equal("Beskriv borgerens perspektiv og ønsker, eller markér, at borgeren ikke har ønsker til mål.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Participation_must_be_described_even_with_no_wishes(string? participation)
    {
        var error = Assert.Single(PlanInputRules.CheckPerspective(null, noWishes: true, participation));
        Assert.Equal("Participation", error.Field);
    }

    [Fact]
    public void Both_missing_gives_two_messages() =>
        Assert.Equal(["CitizenPerspective", "Participation"], PlanInputRules.CheckPerspective(null, false, null).Select(e => e.Field));
}
