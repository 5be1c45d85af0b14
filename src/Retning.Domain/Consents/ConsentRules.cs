namespace Retning.Domain.Consents;

/// <summary>The consent registry's rules.</summary>
public static class ConsentRules
{
    /// <summary>"review date (yearly)" (DOMAIN.md): a year after it was given unless set.</summary>
    public const int ReviewMonths = 12;

    /// <summary>The largest scanned document accepted.</summary>
    public const int MaxDocumentBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> DocumentTypes = ["application/pdf", "image/jpeg", "image/png"];

    public static DateOnly DefaultReviewOn(DateOnly givenOn) => givenOn.AddMonths(ReviewMonths);

    /// <summary>Valid on the day: begun, not ended and not withdrawn (a withdrawal counts from its day).</summary>
    public static bool IsValidOn(Consent consent, DateOnly day) =>
        consent.ValidFrom <= day
        && (consent.ValidTo is not { } to || day <= to)
        && (consent.WithdrawnOn is not { } withdrawn || day < withdrawn);

    /// <summary>A valid consent covering the scope on the day, when there is one.</summary>
    public static Consent? Covering(IEnumerable<Consent> consents, ConsentScope scope, DateOnly day) =>
        consents.Where(c => c.Scope == scope && IsValidOn(c, day)).OrderByDescending(c => c.GivenOn).FirstOrDefault();

    /// <summary>The problems with a consent as typed, per field, in Danish.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(
        ConsentScope? scope, string? description, ConsentGiver? givenBy, string? givenByName, DateOnly? givenOn, DateOnly? validFrom, DateOnly? validTo, DateOnly? reviewOn, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (scope is null)
        {
            problems.Add(("Scope", "Vælg hvad samtykket gælder."));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            problems.Add(("Description", "Beskriv hvad samtykket gælder, og til hvem."));
        }

        if (givenBy is null)
        {
            problems.Add(("GivenBy", "Vælg hvem der har givet samtykket."));
        }

        if (string.IsNullOrWhiteSpace(givenByName))
        {
            problems.Add(("GivenByName", "Skriv navnet på den, der har givet samtykket."));
        }

        if (givenOn is null)
        {
            problems.Add(("GivenOn", "Skriv datoen, samtykket blev givet."));
        }
        else if (givenOn > today)
        {
            problems.Add(("GivenOn", "Et samtykke kan ikke være givet i fremtiden."));
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            problems.Add(("ValidTo", "Slutdatoen skal ligge efter startdatoen."));
        }

        if (reviewOn is { } review && givenOn is { } given && review <= given)
        {
            problems.Add(("ReviewOn", "Revurderingen skal ligge efter datoen, samtykket blev givet."));
        }

        return problems;
    }

    public static string Danish(this ConsentScope scope) => scope switch
    {
        ConsentScope.PlanToMunicipality => "Videregive den individuelle plan til kommunen",
        ConsentScope.StatusToOthers => "Videregive status og referater til andre end kommunen",
        ConsentScope.ObtainInformation => "Indhente oplysninger hos andre",
        ConsentScope.Other => "Andet",
        _ => scope.ToString(),
    };

    public static string Danish(this ConsentGiver giver) => giver switch
    {
        ConsentGiver.Citizen => "Borgeren",
        ConsentGiver.CustodyHolder => "Forældremyndighedsindehaver",
        ConsentGiver.Guardian => "Værge",
        _ => giver.ToString(),
    };
}
