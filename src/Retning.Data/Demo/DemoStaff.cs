using Retning.Domain.Organisation;
using static Retning.Data.Demo.DemoOrganisation;

namespace Retning.Data.Demo;

/// <summary>A demo user and the departments where they hold their role.</summary>
internal sealed record DemoStaffMember(string Email, string FullName, StaffRole Role, IReadOnlyList<string> Departments)
{
    /// <summary>A fictitious work phone, the same on every start (the status's contact team block shows it).</summary>
    public string Phone => $"20 {Stable(0):D2} {Stable(1):D2} {Stable(2):D2}";

    /// <summary>Where the role applies, as the start-up login list shows it.</summary>
    public string Where => Role switch
    {
        // An offer head's role covers every department of the offer.
        StaffRole.OfferHead => $"{OfferShortName(Departments[0])} – hele tilbuddet",
        // The sector management reads the figures of the whole region, and no citizen.
        StaffRole.SectorManagement => $"{RegionName} – hele regionen, kun tal",
        _ => string.Join(", ", Departments.Select(d => $"{OfferShortName(d)} – {d}")),
    };

    public DemoLogin ToLogin() => new(Email, FullName, Role.Danish(), Where);

    /// <summary>Two digits from the e-mail address (string.GetHashCode differs between runs; this does not).</summary>
    private int Stable(int part) => Math.Abs(Email.Aggregate(17 + (part * 31), (h, c) => unchecked((h * 31) + c)) % 100);
}

/// <summary>The fixed demo staff: one person per role to try, and enough care workers for contact teams.</summary>
internal static class DemoStaff
{
    public static readonly IReadOnlyList<DemoStaffMember> All =
    [
        new("mette@demo.retning.dk", "Mette Kjær", StaffRole.CareWorker, [Maagen]),
        new("jonas@demo.retning.dk", "Jonas Vestergaard", StaffRole.CareWorker, [Ternen]),
        new("anne@demo.retning.dk", "Anne Thomsen", StaffRole.DepartmentHead, [Maagen]),
        new("lars@demo.retning.dk", "Lars Bach", StaffRole.OfferHead, [Maagen]),
        new("sofie@demo.retning.dk", "Sofie Lund", StaffRole.CareWorker, [Birken]),
        new("ali@demo.retning.dk", "Ali Hassan", StaffRole.CareWorker, [Egen]),
        new("peter@demo.retning.dk", "Peter Holm", StaffRole.DepartmentHead, [Birken]),
        new("karin@demo.retning.dk", "Karin Dahl", StaffRole.OfferHead, [Birken]),
        new("kvalitet@demo.retning.dk", "Birgitte Møller", StaffRole.QualityOfficer, [Maagen, Birken]),
        new("admin@demo.retning.dk", "Henrik Sørensen", StaffRole.Administrator, [Maagen, Birken]),
        new("sektor@demo.retning.dk", "Ole Kragh", StaffRole.SectorManagement, [Maagen]),

        // Two more care workers per department, so a contact team is a real choice.
        new("camilla@demo.retning.dk", "Camilla Nørgaard", StaffRole.CareWorker, [Maagen]),
        new("rasmus@demo.retning.dk", "Rasmus Friis", StaffRole.CareWorker, [Maagen]),
        new("louise@demo.retning.dk", "Louise Krogh", StaffRole.CareWorker, [Ternen]),
        new("mikkel@demo.retning.dk", "Mikkel Sønderby", StaffRole.CareWorker, [Ternen]),
        new("nanna@demo.retning.dk", "Nanna Bjerre", StaffRole.CareWorker, [Birken]),
        new("kasper@demo.retning.dk", "Kasper Overgaard", StaffRole.CareWorker, [Birken]),
        new("trine@demo.retning.dk", "Trine Østergaard", StaffRole.CareWorker, [Egen]),
        new("emil@demo.retning.dk", "Emil Kristoffersen", StaffRole.CareWorker, [Egen]),
    ];

    /// <summary>
    /// The care workers of a department in list order, so the named demo user (Mette, Jonas,
    /// Sofie, Ali) comes first and gets the most contact-team citizens.
    /// </summary>
    public static IReadOnlyList<DemoStaffMember> CareWorkersIn(string departmentName) =>
        All.Where(s => s.Role == StaffRole.CareWorker && s.Departments.Contains(departmentName)).ToList();
}
