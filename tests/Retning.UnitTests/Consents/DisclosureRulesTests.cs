using Retning.Domain.Consents;

namespace Retning.UnitTests.Consents;

/// <summary>
/// What may leave the offer: a status without consent when approved and the citizen is informed;
/// the plan only with a valid consent covering it on the day it is sent, or on the municipality's
/// § 11 a–c request.
/// </summary>
public sealed class DisclosureRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static DisclosureRequest Status() => new()
    {
        Subject = DisclosureSubject.Status, StatusApproved = true, RecipientName = "Sagsbehandler", SentOn = Today,
        Channel = DisclosureChannel.SecureMail, Basis = DisclosureBasis.NecessaryForMunicipality,
        InformedWhom = "Mor (forældremyndighedsindehaver)", InformedOn = Today, ConsentSought = true, ConsentGiven = false,
    };

    private static DisclosureRequest PlanWithConsent(Consent consent, DateOnly? sentOn = null) => new()
    {
        Subject = DisclosureSubject.Plan, PlanParts = ["maal", "metoder"], RecipientName = "Sagsbehandler", SentOn = sentOn ?? Today,
        Channel = DisclosureChannel.DigitalPost, Basis = DisclosureBasis.Consent, ConsentId = consent.Id,
    };

    private static DisclosureRequest PlanOnRequest() => new()
    {
        Subject = DisclosureSubject.Plan, PlanParts = ["vurdering"], RecipientName = "Sagsbehandler", SentOn = Today,
        Channel = DisclosureChannel.SecureMail, Basis = DisclosureBasis.MunicipalRequest,
        RequestParagraph = "11 b", RequestOn = Today.AddDays(-7), RequestReference = "27.12.00-A00-1-26",
    };

    private static List<(string Field, string Message)> Check(DisclosureRequest r, params Consent[] consents) => [.. DisclosureRules.Check(r, consents, Today).Select(e => (e.Field, e.Message))];

    private static List<string> Fields(DisclosureRequest r, params Consent[] consents) => [.. Check(r, consents).Select(p => p.Field)];

    [Fact]
    public void An_approved_status_goes_without_consent_when_the_citizen_is_informed()
    {
        Assert.Empty(Check(Status()));
        Assert.Empty(Check(Status() with { ConsentSought = false, ConsentGiven = null }));
    }

    [Fact]
    public void A_status_that_is_not_approved_is_not_sent()
    {
        Assert.Equal([("Subject", "Kun en godkendt status kan sendes.")], Check(Status() with { StatusApproved = false }));
    }

    [Fact]
    public void A_status_needs_whom_and_when_informed_whether_consent_was_sought_and_if_so_given()
    {
        Assert.Equal(["InformedWhom", "InformedOn", "ConsentSought"],
            Fields(Status() with { InformedWhom = " ", InformedOn = null, ConsentSought = null, ConsentGiven = null }));
        Assert.Equal(["ConsentGiven"], Fields(Status() with { ConsentSought = true, ConsentGiven = null }));
    }

    [Fact]
    public void Recipient_date_channel_and_basis_are_required_and_a_sending_is_not_recorded_ahead()
    {
        Assert.Equal(["RecipientName", "SentOn", "Channel", "Basis"], Fields(Status() with { RecipientName = "", SentOn = null, Channel = null, Basis = null }));
        Assert.Equal([("SentOn", "Afsendelsen registreres, når den er sket: datoen kan ikke ligge i fremtiden.")], Check(Status() with { SentOn = Today.AddDays(1) }));
    }

    [Fact]
    public void Minutes_need_the_informing_as_a_status_does_but_no_approval_flag()
    {
        var minutes = Status() with { Subject = DisclosureSubject.Minutes, StatusApproved = false };
        Assert.Empty(Check(minutes));
        Assert.Equal(["InformedWhom", "InformedOn"], Fields(minutes with { InformedWhom = null, InformedOn = null }));
        Assert.Contains("Basis", Fields(minutes with { Basis = DisclosureBasis.MunicipalRequest, RequestParagraph = "11 a", RequestOn = Today, RequestReference = "x" }));
    }

    [Fact]
    public void The_plan_is_blocked_without_a_consent_or_a_request()
    {
        var plan = PlanOnRequest() with { Basis = null, RequestParagraph = null, RequestOn = null, RequestReference = null };
        Assert.Equal([("Basis", "Vælg grundlaget for videregivelsen.")], Check(plan));

        var necessary = Check(plan with { Basis = DisclosureBasis.NecessaryForMunicipality });
        Assert.Equal([("Basis", "Den individuelle plan må kun videregives med samtykke eller på kommunens anmodning efter retssikkerhedsloven § 11 a–c.")], necessary);

        Assert.Equal([("ConsentId", "Vælg det samtykke, videregivelsen bygger på.")], Check(plan with { Basis = DisclosureBasis.Consent }));
    }

    [Fact]
    public void The_plan_goes_with_a_valid_consent_covering_it_and_only_with_chosen_parts()
    {
        var consent = ConsentRulesTests.Consent();
        Assert.Empty(Check(PlanWithConsent(consent), consent));
        Assert.Equal([("PlanParts", "Vælg de dele af planen, der er nødvendige for modtageren.")], Check(PlanWithConsent(consent) with { PlanParts = [] }, consent));
    }

    [Fact]
    public void A_consent_for_something_else_does_not_cover_the_plan()
    {
        var consent = ConsentRulesTests.Consent(ConsentScope.ObtainInformation);
        Assert.Equal([("ConsentId", "Samtykket dækker ikke videregivelse af den individuelle plan.")], Check(PlanWithConsent(consent), consent));
    }

    [Fact]
    public void A_consent_withdrawn_on_or_before_the_day_the_plan_is_sent_blocks_it()
    {
        var sentOn = Today.AddDays(-3);
        var onTheDay = ConsentRulesTests.Consent(withdrawnOn: sentOn);
        var before = ConsentRulesTests.Consent(withdrawnOn: sentOn.AddDays(-1));
        var after = ConsentRulesTests.Consent(withdrawnOn: sentOn.AddDays(1));

        Assert.Equal([("ConsentId", "Samtykket var ikke gyldigt 27-02-2026 (udløbet, tilbagekaldt eller endnu ikke begyndt).")],
            Check(PlanWithConsent(onTheDay, sentOn), onTheDay));
        Assert.Equal(["ConsentId"], Fields(PlanWithConsent(before, sentOn), before));
        // Withdrawn since: the plan sent before the withdrawal was covered then and may be recorded.
        Assert.Empty(Check(PlanWithConsent(after, sentOn), after));
    }

    [Fact]
    public void An_expired_or_not_yet_begun_consent_blocks_the_plan_its_last_day_does_not()
    {
        var expired = ConsentRulesTests.Consent(validTo: Today.AddDays(-1));
        var lastDay = ConsentRulesTests.Consent(validTo: Today);
        var notYet = ConsentRulesTests.Consent(validFrom: Today.AddDays(1));

        Assert.Equal(["ConsentId"], Fields(PlanWithConsent(expired), expired));
        Assert.Empty(Check(PlanWithConsent(lastDay), lastDay));
        Assert.Equal(["ConsentId"], Fields(PlanWithConsent(notYet), notYet));
    }

    [Fact]
    public void The_plan_goes_on_a_recorded_request_under_paragraph_11_a_b_or_c()
    {
        Assert.Empty(Check(PlanOnRequest()));
        Assert.Empty(Check(PlanOnRequest() with { RequestParagraph = "11 a", RequestOn = Today }));

        Assert.Equal(["RequestParagraph", "RequestOn", "RequestReference"],
            Fields(PlanOnRequest() with { RequestParagraph = "11 d", RequestOn = null, RequestReference = " " }));
        Assert.Equal([("RequestOn", "Anmodningen skal ligge før afsendelsen.")], Check(PlanOnRequest() with { RequestOn = Today.AddDays(1) }));
    }

    [Fact]
    public void A_request_is_no_basis_for_sending_a_status()
    {
        var status = Status() with { Basis = DisclosureBasis.MunicipalRequest, RequestParagraph = "11 c", RequestOn = Today, RequestReference = "x" };
        Assert.Equal([("Basis", "Kommunens anmodning efter § 11 a–c bruges som grundlag for at videregive planen.")], Check(status));
    }
}
