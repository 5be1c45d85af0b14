using System.Globalization;

namespace Retning.Domain.Organisation;

/// <summary>One role of a user in one department, as the header names it (the region for a role that reaches the region).</summary>
public sealed record Workplace(string Offer, string Department, StaffRole Role, string? Region = null);

/// <summary>
/// Where the signed-in user works, for the page header: an offer head is head of the whole
/// offer ("Børnehjemmet Solsikken – hele tilbuddet (Tilbudsleder)"), not of the one department
/// the grant is stored on; several departments of one offer with the same role are named together
/// ("Bostedet Lindely – Birken og Egen (Medarbejder)"); the sector management reads the whole region
/// ("Region Nordjylland – hele regionen (Sektorledelse)").
/// </summary>
public static class WorkplaceLabels
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static IReadOnlyList<string> Of(IEnumerable<Workplace> workplaces)
    {
        var order = StringComparer.Create(Danish, false);
        return
        [
            .. workplaces
                .GroupBy(w => (w.Offer, w.Role))
                .Select(g => g.Key.Role switch
                {
                    StaffRole.OfferHead => $"{g.Key.Offer} – hele tilbuddet ({g.Key.Role.Danish()})",
                    StaffRole.SectorManagement => $"{g.First().Region ?? g.Key.Offer} – hele regionen ({g.Key.Role.Danish()})",
                    _ => $"{g.Key.Offer} – {Join([.. g.Select(w => w.Department).Distinct().Order(order)])} ({g.Key.Role.Danish()})",
                })
                .Distinct()
                .Order(order),
        ];
    }

    /// <summary>"Mågen", "Mågen og Ternen", "Birken, Egen og Lindely".</summary>
    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Join(string.Empty, names) : $"{string.Join(", ", names.Take(names.Count - 1))} og {names[^1]}";
}
