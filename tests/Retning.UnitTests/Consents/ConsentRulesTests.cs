using Retning.Domain.Common;
using Retning.Domain.Consents;

namespace Retning.UnitTests.Consents;

/// <summary>The consent registry's rules: validity on a day, the covering consent, the form's checks, the yearly review and the scanned document.</summary>
public sealed class ConsentRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    internal static Consent Consent(
        ConsentScope scope = ConsentScope.PlanToMunicipality, DateOnly? givenOn = null, DateOnly? validFrom = null, DateOnly? validTo = null,
        DateOnly? reviewOn = null, DateOnly? withdrawnOn = null)
    {
        var given = givenOn ?? Today.AddMonths(-2);
        return new Consent
        {
            Scope = scope, Description = "Planen til kommunen", GivenBy = ConsentGiver.CustodyHolder, GivenByName = "Mor",
            GivenOn = given, ValidFrom = validFrom ?? given, ValidTo = validTo, ReviewOn = reviewOn ?? ConsentRules.DefaultReviewOn(given), WithdrawnOn = withdrawnOn,
        };
    }

    [Fact]
    public void A_consent_is_valid_from_its_first_day_through_its_last_day()
    {
        var consent = Consent(validFrom: new DateOnly(2026, 3, 1), validTo: new DateOnly(2026, 3, 31));

        Assert.False(ConsentRules.IsValidOn(consent, new DateOnly(2026, 2, 28)));
        Assert.True(ConsentRules.IsValidOn(consent, new DateOnly(2026, 3, 1)));
        Assert.True(ConsentRules.IsValidOn(consent, new DateOnly(2026, 3, 31)));
        Assert.False(ConsentRules.IsValidOn(consent, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void A_withdrawal_counts_from_its_day_the_day_before_is_still_covered()
    {
        var consent = Consent(withdrawnOn: new DateOnly(2026, 3, 10));

        Assert.True(ConsentRules.IsValidOn(consent, new DateOnly(2026, 3, 9)));
        Assert.False(ConsentRules.IsValidOn(consent, new DateOnly(2026, 3, 10)));
        Assert.False(ConsentRules.IsValidOn(consent, new DateOnly(2026, 3, 11)));
    }

    [Fact]
    public void Without_an_end_date_a_consent_lasts_until_withdrawn()
    {
        Assert.True(ConsentRules.IsValidOn(Consent(), new DateOnly(2040, 1, 1)));
    }

    [Fact]
    public void Covering_picks_the_newest_valid_consent_of_the_scope_on_the_day()
    {
        var older = Consent(givenOn: new DateOnly(2025, 1, 10));
        var newer = Consent(givenOn: new DateOnly(2026, 1, 10));
        var otherScope = Consent(ConsentScope.ObtainInformation, givenOn: new DateOnly(2026, 2, 20));
        var withdrawn = Consent(givenOn: new DateOnly(2026, 2, 1), withdrawnOn: new DateOnly(2026, 2, 15));
        var notYet = Consent(givenOn: new DateOnly(2026, 2, 25), validFrom: new DateOnly(2026, 4, 1));
        Consent[] all = [older, otherScope, withdrawn, newer, notYet];

        Assert.Same(newer, ConsentRules.Covering(all, ConsentScope.PlanToMunicipality, Today));
        Assert.Same(withdrawn, ConsentRules.Covering(all, ConsentScope.PlanToMunicipality, new DateOnly(2026, 2, 14)));
        Assert.Same(notYet, ConsentRules.Covering(all, ConsentScope.PlanToMunicipality, new DateOnly(2026, 4, 1)));
        Assert.Same(otherScope, ConsentRules.Covering(all, ConsentScope.ObtainInformation, Today));
        Assert.Null(ConsentRules.Covering(all, ConsentScope.StatusToOthers, Today));
        Assert.Null(ConsentRules.Covering([older], ConsentScope.PlanToMunicipality, new DateOnly(2025, 1, 9)));
    }

    [Fact]
    public void An_empty_form_gets_a_Danish_message_per_required_field()
    {
        var problems = ConsentRules.Check(null, " ", null, "", null, null, null, null, Today);

        Assert.Equal(["Scope", "Description", "GivenBy", "GivenByName", "GivenOn"], problems.Select(p => p.Field));
        Assert.Contains(new FieldError("GivenOn", "Skriv datoen, samtykket blev givet."), problems);
    }

    [Fact]
    public void A_consent_given_in_the_future_an_end_before_its_start_or_a_review_before_it_was_given_is_refused()
    {
        var future = ConsentRules.Check(ConsentScope.Other, "x", ConsentGiver.Citizen, "Borger", Today.AddDays(1), null, null, null, Today);
        Assert.Equal([new FieldError("GivenOn", "Et samtykke kan ikke være givet i fremtiden.")], future);

        var endBeforeStart = ConsentRules.Check(ConsentScope.Other, "x", ConsentGiver.Citizen, "Borger", Today, Today, Today.AddDays(-1), null, Today);
        Assert.Equal([new FieldError("ValidTo", "Slutdatoen skal ligge efter startdatoen.")], endBeforeStart);

        var review = ConsentRules.Check(ConsentScope.Other, "x", ConsentGiver.Citizen, "Borger", Today, Today, null, Today, Today);
        Assert.Equal([new FieldError("ReviewOn", "Revurderingen skal ligge efter datoen, samtykket blev givet.")], review);

        Assert.Empty(ConsentRules.Check(ConsentScope.Other, "x", ConsentGiver.Citizen, "Borger", Today, Today, Today, Today.AddDays(1), Today));
    }

    [Fact]
    public void The_review_is_a_year_after_the_consent_was_given_and_29_February_falls_on_28_February()
    {
        Assert.Equal(new DateOnly(2027, 3, 2), ConsentRules.DefaultReviewOn(Today));
        Assert.Equal(new DateOnly(2025, 2, 28), ConsentRules.DefaultReviewOn(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2028, 2, 28), ConsentRules.DefaultReviewOn(new DateOnly(2027, 2, 28)));
    }

    [Fact]
    public void The_state_shows_withdrawn_and_expired_before_an_overdue_review()
    {
        Assert.Equal(ConsentState.Valid, ConsentRules.StateOn(Consent(), Today));
        Assert.Equal(ConsentState.ReviewOverdue, ConsentRules.StateOn(Consent(reviewOn: Today.AddDays(-1)), Today));
        Assert.Equal(ConsentState.Valid, ConsentRules.StateOn(Consent(reviewOn: Today), Today));
        Assert.Equal(ConsentState.Withdrawn, ConsentRules.StateOn(Consent(reviewOn: Today.AddDays(-1), withdrawnOn: Today), Today));
        Assert.Equal(ConsentState.Valid, ConsentRules.StateOn(Consent(withdrawnOn: Today.AddDays(1)), Today));
        Assert.Equal(ConsentState.Expired, ConsentRules.StateOn(Consent(validTo: Today.AddDays(-1), reviewOn: Today.AddDays(-5)), Today));
        Assert.Equal(ConsentState.Valid, ConsentRules.StateOn(Consent(validTo: Today), Today));
        Assert.Equal(ConsentState.NotYetValid, ConsentRules.StateOn(Consent(validFrom: Today.AddDays(1)), Today));
    }

    [Fact]
    public void A_withdrawal_needs_a_date_not_before_the_consent_was_given_and_a_note()
    {
        var consent = Consent(givenOn: new DateOnly(2026, 1, 10));

        Assert.Empty(ConsentRules.CheckWithdrawal(consent, new DateOnly(2026, 1, 10), "Mor ringede"));
        Assert.Equal(["WithdrawnOn", "WithdrawnNote"], ConsentRules.CheckWithdrawal(consent, null, " ").Select(p => p.Field));
        Assert.Equal([new FieldError("WithdrawnOn", "Et samtykke kan ikke tilbagekaldes, før det blev givet.")],
            ConsentRules.CheckWithdrawal(consent, new DateOnly(2026, 1, 9), "Mor ringede"));
        var withdrawn = Consent(withdrawnOn: new DateOnly(2026, 2, 1));
        Assert.Equal([new FieldError("WithdrawnOn", "Samtykket er allerede tilbagekaldt 01-02-2026.")], ConsentRules.CheckWithdrawal(withdrawn, Today, "igen"));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, null)] // "<html>"
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, null)] // a ZIP (e.g. a DOCX)
    [InlineData(new byte[] { 0x25, 0x50, 0x44 }, null)] // "%PD": too short to be a PDF
    public void The_document_type_comes_from_the_first_bytes(byte[] head, string? expected)
    {
        Assert.Equal(expected, ConsentRules.DocumentTypeOf(head));
    }

    [Fact]
    public void A_document_must_be_a_named_PDF_JPEG_or_PNG_of_at_most_10_MB()
    {
        byte[] pdf = [.. "%PDF-1.7"u8];
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        Assert.Null(ConsentRules.CheckDocument("samtykke.pdf", 1000, pdf));
        Assert.Null(ConsentRules.CheckDocument("scan.PNG", ConsentRules.MaxDocumentBytes, png));
        Assert.Null(ConsentRules.CheckDocument("scan.jpeg", 1000, [0xFF, 0xD8, 0xFF, 0xE1]));
        Assert.StartsWith("Filen er for stor", ConsentRules.CheckDocument("samtykke.pdf", ConsentRules.MaxDocumentBytes + 1L, pdf), StringComparison.Ordinal);
        Assert.StartsWith("Filen er tom", ConsentRules.CheckDocument("samtykke.pdf", 0, []), StringComparison.Ordinal);
        Assert.Equal("Filen skal være en PDF, JPEG eller PNG. Indholdet er ikke nogen af dem.", ConsentRules.CheckDocument("samtykke.pdf", 6, "<html>"u8));
        Assert.StartsWith("Filens navn (pdf) passer ikke til indholdet (png)", ConsentRules.CheckDocument("samtykke.pdf", 1000, png), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Samtykke Åse.pdf", "application/pdf", "Samtykke Åse.pdf")]
    [InlineData("../../etc/passwd", "application/pdf", "passwd.pdf")]
    [InlineData("C:\\scan\\mor\"; x=.png", "image/png", "mor__ x.png")]
    [InlineData("scan.jpeg", "image/jpeg", "scan.jpg")]
    [InlineData("<script>.pdf", "application/pdf", "script.pdf")]
    [InlineData("", "image/png", "samtykke.png")]
    public void A_stored_file_name_keeps_only_safe_characters_and_the_extension_of_its_type(string name, string type, string expected)
    {
        Assert.Equal(expected, ConsentRules.SafeFileName(name, type));
    }
}
