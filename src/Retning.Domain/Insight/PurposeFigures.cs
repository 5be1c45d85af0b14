namespace Retning.Domain.Insight;

/// <summary>
/// The municipality's purposes as received: per category, and the citizens still waiting for one
/// (docs/domain.md, "Purposes": the offer asks for it 14 days after enrolment).
/// </summary>
public static class PurposeFigures
{
    public const string Uncategorised = "Ikke kategoriseret";
    public const string HasPurpose = "Har modtaget formål";
    public const string MissingUnder14 = "Mangler formål, under 14 dage";
    public const string Missing14To90 = "Mangler formål, 14–90 dage";
    public const string MissingOver90 = "Mangler formål, over 90 dage";

    /// <summary>Purposes and revisions received in the period, each under its category's name.</summary>
    public static IEnumerable<CountedItem> Received(IEnumerable<PurposeFact> purposes, IReadOnlyDictionary<Guid, CitizenFact> citizens,
        IReadOnlyDictionary<Guid, string> categoryNames, ReportPeriod period)
    {
        foreach (var purpose in purposes.Where(p => period.Contains(p.ReceivedOn)))
        {
            if (citizens.TryGetValue(purpose.CitizenId, out var citizen) && citizen.DepartmentOn(purpose.ReceivedOn) is { } department)
            {
                var category = purpose.CategoryId is { } id && categoryNames.TryGetValue(id, out var name) ? name : Uncategorised;
                yield return new CountedItem(SubjectKind.Purpose, purpose.RevisionId, citizen.Id, department, purpose.ReceivedOn, category);
            }
        }
    }

    /// <summary>
    /// The citizens enrolled on the period's last day: with a purpose received by then, or
    /// without one and for how long since enrolment.
    /// </summary>
    public static IEnumerable<CountedItem> CitizensWithPurpose(IEnumerable<CitizenFact> citizens, ILookup<Guid, PurposeFact> purposes, ReportPeriod period)
    {
        foreach (var citizen in citizens)
        {
            if (citizen.DischargedOn is { } d && d <= period.To || citizen.DepartmentOn(period.To) is not { } department)
            {
                continue;
            }

            var received = purposes[citizen.Id].Any(p => p.ReceivedOn <= period.To);
            var days = period.To.DayNumber - citizen.EnrolledOn.DayNumber;
            var outcome = received ? HasPurpose : days < 14 ? MissingUnder14 : days <= 90 ? Missing14To90 : MissingOver90;
            yield return new CountedItem(SubjectKind.Citizen, citizen.Id, citizen.Id, department, period.To, outcome, Success: received);
        }
    }
}
