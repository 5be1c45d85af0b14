using Retning.Domain.Common;
using Retning.Domain.Citizens;

namespace Retning.UnitTests.Citizens;

/// <summary>A municipal agreement on the status cadence must be a sensible number of months and be documented.</summary>
public sealed class StatusAgreementTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static List<FieldError> Check(int? months, string? note) =>
        CitizenValidation.Check(new CitizenDraft("Emil", "Hansen", "010115-4000", new DateOnly(2025, 1, 1), null, null, months, note), Today)
            .Where(e => e.Field.StartsWith("Status", StringComparison.Ordinal)).ToList();

    [Fact]
    public void No_agreement_is_fine() => Assert.Empty(Check(null, null));

    [Fact]
    public void A_documented_agreement_of_two_years_is_fine() => Assert.Empty(Check(24, "Aftalt med rådgiver Jens Holm 12-01-2026: status hvert andet år"));

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    [InlineData(37)]
    public void Months_outside_1_to_36_are_refused(int months) =>
        Assert.Equal(nameof(CitizenDraft.StatusIntervalMonths), Assert.Single(Check(months, "Aftale")).Field);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void An_agreement_without_its_documentation_is_refused(string? note) =>
        Assert.Equal(nameof(CitizenDraft.StatusAgreementNote), Assert.Single(Check(24, note)).Field);
}
