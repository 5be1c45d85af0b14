using Retning.Domain.Common;
using Retning.Domain.Citizens;

namespace Retning.UnitTests.Citizens;

public sealed class CitizenValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static CitizenDraft Valid() => new("Laura", "Dalsgaard", "140508-4002", new DateOnly(2020, 8, 1), null, "sag@aalborg.dk");

    private static IReadOnlyList<FieldError> Check(CitizenDraft draft) => CitizenValidation.Check(draft, Today);

    [Fact]
    public void A_complete_draft_passes() => Assert.Empty(Check(Valid()));

    [Fact]
    public void Missing_names_are_reported_at_each_field()
    {
        var errors = Check(Valid() with { FirstName = " ", LastName = null });
        Assert.Contains(errors, e => e.Field == "FirstName" && e.Message == "Indtast fornavn.");
        Assert.Contains(errors, e => e.Field == "LastName" && e.Message == "Indtast efternavn.");
    }

    [Fact]
    public void A_bad_cpr_is_reported_at_the_cpr_field()
    {
        var error = Assert.Single(Check(Valid() with { Cpr = "310208-4002" }));
        Assert.Equal("Cpr", error.Field);
    }

    [Fact]
    public void A_birth_date_in_the_future_is_refused()
    {
        // 7th digit 4 with year 30 → 2030.
        var error = Assert.Single(Check(Valid() with { Cpr = "010130-4002" }));
        Assert.Equal("Cpr", error.Field);
        Assert.Contains("fremtiden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enrolment_before_birth_is_refused()
    {
        var error = Assert.Single(Check(Valid() with { EnrolledOn = new DateOnly(2008, 5, 13) }));
        Assert.Equal("EnrolledOn", error.Field);
    }

    [Fact]
    public void Enrolment_is_required() =>
        Assert.Equal("EnrolledOn", Assert.Single(Check(Valid() with { EnrolledOn = null })).Field);

    [Fact]
    public void Enrolment_more_than_a_year_ahead_is_refused() =>
        Assert.Equal("EnrolledOn", Assert.Single(Check(Valid() with { EnrolledOn = Today.AddYears(1).AddDays(1) })).Field);

    [Fact]
    public void Discharge_before_enrolment_is_refused()
    {
        var error = Assert.Single(Check(Valid() with { DischargedOn = new DateOnly(2020, 7, 31) }));
        Assert.Equal("DischargedOn", error.Field);
        Assert.Empty(Check(Valid() with { DischargedOn = new DateOnly(2020, 8, 1) }));
    }

    [Theory]
    [InlineData("navn@kommune")]
    [InlineData("ikke en mail")]
    [InlineData("a@b@c.dk")]
    public void A_bad_caseworker_email_is_refused(string email) =>
        Assert.Equal("CaseworkerEmail", Assert.Single(Check(Valid() with { CaseworkerEmail = email })).Field);

    [Fact]
    public void An_empty_caseworker_email_is_allowed() => Assert.Empty(Check(Valid() with { CaseworkerEmail = "" }));
}
