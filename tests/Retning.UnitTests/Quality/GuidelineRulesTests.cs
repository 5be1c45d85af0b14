using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>Which version of a guiding document is in force, its state, its approval and its revision deadline.</summary>
public sealed class GuidelineRulesTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly GuidelineVersionFacts First = new(Guid.NewGuid(), 1, D(2024, 5, 1), D(2024, 6, 1));
    private static readonly GuidelineVersionFacts Second = new(Guid.NewGuid(), 2, D(2026, 2, 10), D(2026, 3, 1));
    private static readonly GuidelineVersionFacts Draft = new(Guid.NewGuid(), 3, null, null);
    private static readonly GuidelineVersionFacts[] All = [First, Second, Draft];

    [Fact]
    public void The_version_in_force_is_the_approved_one_that_began_last()
    {
        Assert.Null(GuidelineRules.InForce(All, D(2024, 5, 31)));
        Assert.Equal(First, GuidelineRules.InForce(All, D(2026, 2, 28))); // the second is approved but not in force yet
        Assert.Equal(Second, GuidelineRules.InForce(All, D(2026, 3, 1)));
    }

    [Fact]
    public void A_version_is_a_draft_until_approved_and_expires_when_a_later_one_is_in_force()
    {
        Assert.Equal(GuidelineVersionState.Draft, GuidelineRules.StateOn(Draft, All, D(2026, 12, 1)));
        Assert.Equal(GuidelineVersionState.Approved, GuidelineRules.StateOn(First, All, D(2026, 2, 28)));
        Assert.Equal(GuidelineVersionState.Approved, GuidelineRules.StateOn(Second, All, D(2026, 2, 28))); // approved, in force from 1 March
        Assert.Equal(GuidelineVersionState.Expired, GuidelineRules.StateOn(First, All, D(2026, 3, 1)));
        Assert.Equal("Udløbet", GuidelineVersionState.Expired.Danish());
    }

    [Fact]
    public void An_approved_version_is_never_approved_again()
    {
        var error = Assert.Single(GuidelineRules.CheckApproval(First, D(2026, 12, 1), D(2027, 1, 1), D(2028, 1, 1), hasContent: true, D(2026, 12, 4)));

        Assert.Equal(("Version", "Versionen er allerede godkendt og kan ikke ændres. Lav en ny version."), (error.Field, error.Message));
    }

    [Fact]
    public void Approval_asks_for_content_dates_and_a_revision_after_the_start()
    {
        var today = D(2026, 12, 4);
        Assert.Empty(GuidelineRules.CheckApproval(Draft, today, D(2027, 1, 1), D(2028, 1, 1), hasContent: true, today));

        var errors = GuidelineRules.CheckApproval(Draft, D(2026, 12, 5), null, null, hasContent: false, today);
        Assert.Equal(["Text", "ApprovedOn", "ValidFrom", "RevisionDueOn"], errors.Select(e => e.Field));

        var early = Assert.Single(GuidelineRules.CheckApproval(Draft, today, D(2027, 1, 1), D(2027, 1, 1), hasContent: true, today));
        Assert.Equal("Revisionsdatoen skal ligge efter den dag, versionen gælder fra.", early.Message);
    }

    [Theory]
    [InlineData(2027, 11, 1, DeadlineState.Upcoming)]
    [InlineData(2027, 11, 2, DeadlineState.Due)] // 60 days before 1 January 2028
    [InlineData(2028, 1, 1, DeadlineState.Due)]
    [InlineData(2028, 1, 2, DeadlineState.Overdue)]
    public void The_revision_shows_sixty_days_ahead(int year, int month, int day, DeadlineState expected)
    {
        Assert.Equal(expected, GuidelineRules.RevisionStateOn(D(2028, 1, 1), D(year, month, day)));
    }
}
