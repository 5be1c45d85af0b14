using Retning.Domain.Citizens;
using Retning.Domain.Organisation;
using static Retning.Data.Demo.DemoOrganisation;

namespace Retning.Data.Demo;

/// <summary>
/// Builds the 40 demo citizens with their placements, representatives and contact teams.
/// Every random draw is independent of today's date, so the same names, ages and
/// families come back on every run; only the dates move along with today.
/// </summary>
internal sealed class DemoCitizens(Random rng, DateOnly today, DemoOrganisation organisation, DemoCpr cprs, IReadOnlyDictionary<string, Guid> userIds)
{
    public const int PerDepartment = 10;

    // Every person in the demo has a distinct full name, and every citizen a distinct first
    // name, so a name in a screenshot or a test points at exactly one person. Within a
    // department surnames are distinct too: two "Johansen" children would read as siblings.
    private readonly HashSet<string> usedFullNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedCitizenFirstNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> surnamesByDepartment = new(StringComparer.Ordinal);

    /// <summary>The citizens that show a particular situation in the demo.</summary>
    private enum DemoCase
    {
        Ordinary,

        /// <summary>A child who turns 18 in about two months: time to prepare the VUM plan.</summary>
        TurnsAdultSoon,

        /// <summary>Turned 18 last month and still lives in the children's offer.</summary>
        JustTurnedAdult,

        /// <summary>Started in the sibling department and moved: placement history.</summary>
        MovedFromSibling,

        /// <summary>Discharged within the last three months.</summary>
        Discharged,
    }

    private enum Generation
    {
        Child,
        Parent,
        Elder,
    }

    private sealed record Relative(string Relation, bool Male, Generation Generation, bool SharesSurname);

    private static readonly Relative[] ChildRelatives =
    [
        new("mormor", false, Generation.Elder, false),
        new("morfar", true, Generation.Elder, false),
        new("farmor", false, Generation.Elder, true),
        new("farfar", true, Generation.Elder, true),
        new("storebror", true, Generation.Child, true),
        new("storesøster", false, Generation.Child, true),
        new("moster", false, Generation.Parent, false),
        new("morbror", true, Generation.Parent, false),
    ];

    private static readonly string[] MailDomains = ["mail.demo", "post.demo", "net.demo"];

    public List<Citizen> CreateAll()
    {
        var citizens = new List<Citizen>();
        foreach (var departmentName in DepartmentNames)
        {
            for (var index = 0; index < PerDepartment; index++)
            {
                citizens.Add(Create(departmentName, index));
            }
        }

        return citizens;
    }

    /// <summary>Which citizen shows which situation; fixed by position so it does not depend on the draws.</summary>
    private static DemoCase CaseOf(string departmentName, int index) => (departmentName, index) switch
    {
        (Maagen, 0) => DemoCase.TurnsAdultSoon,
        (Ternen, 0) => DemoCase.JustTurnedAdult,
        (Maagen, 4) or (Birken, 6) or (Egen, 3) => DemoCase.MovedFromSibling,
        (Birken, 9) or (Egen, 9) => DemoCase.Discharged,
        _ => DemoCase.Ordinary,
    };

    private Citizen Create(string departmentName, int index)
    {
        var isChild = organisation.OfferOf(departmentName).Area == Area.Children;
        var demoCase = CaseOf(departmentName, index);

        var male = rng.Next(2) == 0;
        var age = isChild ? rng.Next(6, 18) : rng.Next(19, 76);
        var birthDate = BirthDate(age, rng.Next(365), demoCase);
        var (firstName, lastName) = DrawCitizenName(departmentName, male, isChild ? Generation.Child : GenerationOfAdult(age));
        var enrolledOn = EnrolledOn(birthDate, isChild);
        var municipality = DrawMunicipality();
        var caseworker = isChild ? municipality.Children : municipality.Adults;

        var citizen = new Citizen
        {
            FirstName = firstName,
            LastName = lastName,
            CprDigits = cprs.Create(birthDate, male),
            BirthDate = birthDate,
            DepartmentId = organisation.DepartmentNamed(departmentName).Id,
            EnrolledOn = enrolledOn,
            TargetGroup = Pick(isChild ? DemoNames.ChildTargetGroups : DemoNames.AdultTargetGroups),
            Category = Pick(isChild ? DemoNames.ChildCategories : DemoNames.AdultCategories),
            SupportLevel = Pick(isChild ? DemoNames.ChildSupportLevels : DemoNames.AdultSupportLevels),
            Municipality = municipality.Name,
            CaseworkerName = caseworker.Name,
            CaseworkerEmail = DemoMunicipality.EmailOf(caseworker, municipality),
            CaseworkerPhone = caseworker.Phone,
            IsDemo = true,
        };

        AddPlacements(citizen, departmentName, demoCase);
        if (demoCase == DemoCase.Discharged)
        {
            // Within the last three months, and never in the first month of the stay.
            citizen.DischargedOn = Later(today.AddDays(-rng.Next(7, 80)), enrolledOn.AddDays(30));
        }

        if (isChild)
        {
            AddChildFamily(citizen, municipality);
        }
        else
        {
            AddAdultNetwork(citizen, age, municipality);
        }

        AddContactTeam(citizen, departmentName, index);
        return citizen;
    }

    private DateOnly BirthDate(int age, int daysBeforeBirthday, DemoCase demoCase) => demoCase switch
    {
        DemoCase.TurnsAdultSoon => today.AddMonths(2).AddYears(-AgeRules.AdultAge),
        DemoCase.JustTurnedAdult => today.AddMonths(-1).AddYears(-AgeRules.AdultAge),

        // Fewer than 365 days back keeps the age exactly as drawn.
        _ => today.AddYears(-age).AddDays(-daysBeforeBirthday),
    };

    /// <summary>Between five years and two months ago; a child not before age 3, an adult not before 18.</summary>
    private DateOnly EnrolledOn(DateOnly birthDate, bool isChild)
    {
        var earliest = Later(today.AddYears(-5), birthDate.AddYears(isChild ? 3 : AgeRules.AdultAge));
        var latest = today.AddMonths(-2);

        // A fraction of the window rather than a day count, so the draw does not depend on the date.
        var days = (int)(rng.NextDouble() * (latest.DayNumber - earliest.DayNumber));
        return earliest.AddDays(days);
    }

    /// <summary>One open placement, or for the movers a closed stay in the sibling department first.</summary>
    private void AddPlacements(Citizen citizen, string departmentName, DemoCase demoCase)
    {
        if (demoCase != DemoCase.MovedFromSibling)
        {
            citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = citizen.DepartmentId, From = citizen.EnrolledOn });
            return;
        }

        var current = citizen.DepartmentId;
        citizen.DepartmentId = organisation.DepartmentNamed(SiblingOf(departmentName)).Id;
        citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = citizen.DepartmentId, From = citizen.EnrolledOn });

        // The domain's own move rule closes the first stay the day before the new one starts.
        var movedOn = citizen.EnrolledOn.AddDays(Math.Max(1, (today.DayNumber - citizen.EnrolledOn.DayNumber) / 2));
        var error = Placements.Move(citizen, current, movedOn);
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo move of {citizen.FullName} failed: {error}");
        }
    }

    /// <summary>One or two custody holders; some children also a grandparent, sibling, aunt or uncle.</summary>
    private void AddChildFamily(Citizen child, DemoMunicipality municipality)
    {
        var home = Address(municipality);
        if (rng.NextDouble() < 0.6)
        {
            var motherSurname = rng.NextDouble() < 0.6 ? child.LastName : Pick(DemoNames.LastNames);
            AddPerson(child, RepresentativeKind.CustodyHolder, "mor", PersonName(Generation.Parent, false, motherSurname), home, withEmail: true);

            // Parents living apart is common for children placed outside home.
            var fatherHome = rng.NextDouble() < 0.5 ? home : Address(municipality);
            AddPerson(child, RepresentativeKind.CustodyHolder, "far", PersonName(Generation.Parent, true, child.LastName), fatherHome, withEmail: true);
        }
        else
        {
            var isFather = rng.NextDouble() < 0.3;
            AddPerson(child, RepresentativeKind.CustodyHolder, isFather ? "far" : "mor",
                PersonName(Generation.Parent, isFather, child.LastName), home, withEmail: true);
        }

        if (rng.NextDouble() < 0.35)
        {
            var relative = Pick(ChildRelatives);
            var surname = relative.SharesSurname ? child.LastName : Pick(DemoNames.LastNames);
            AddPerson(child, RepresentativeKind.Relative, relative.Relation, PersonName(relative.Generation, relative.Male, surname),
                rng.NextDouble() < 0.5 ? Address(municipality) : null, withEmail: rng.NextDouble() < 0.5);
        }
    }

    /// <summary>Some adults have a guardian (værge); most have a relative, and nobody is left with neither.</summary>
    private void AddAdultNetwork(Citizen adult, int age, DemoMunicipality municipality)
    {
        var hasGuardian = rng.NextDouble() < 0.35;
        if (hasGuardian)
        {
            var male = rng.Next(2) == 0;
            AddPerson(adult, RepresentativeKind.Guardian, "værge",
                PersonName(Generation.Parent, male, Pick(DemoNames.LastNames)), Address(municipality), withEmail: true);
        }

        if (!hasGuardian || rng.NextDouble() < 0.7)
        {
            var relative = Pick(AdultRelatives(age));
            var surname = relative.SharesSurname ? adult.LastName : Pick(DemoNames.LastNames);
            AddPerson(adult, RepresentativeKind.Relative, relative.Relation, PersonName(relative.Generation, relative.Male, surname),
                Address(municipality), withEmail: rng.NextDouble() < 0.7);
        }
    }

    /// <summary>Parents for the younger adults, siblings for all, grown children for the older ones.</summary>
    private static Relative[] AdultRelatives(int age)
    {
        var parents = age < 30 ? Generation.Parent : Generation.Elder;
        var siblings = GenerationOfAdult(age);
        return age < 45
            ?
            [
                new("mor", false, parents, true),
                new("far", true, parents, true),
                new("søster", false, siblings, false),
                new("bror", true, siblings, true),
            ]
            :
            [
                new("søster", false, siblings, false),
                new("bror", true, siblings, true),
                new("datter", false, Generation.Parent, false),
                new("søn", true, Generation.Parent, true),
            ];
    }

    /// <summary>
    /// Two care workers of the department by rotation: pairs (0,1), (1,2), (0,2). The first
    /// care worker (Mette in Mågen, Sofie in Birken) is in seven of the ten teams.
    /// </summary>
    private void AddContactTeam(Citizen citizen, string departmentName, int index)
    {
        var careWorkers = DemoStaff.CareWorkersIn(departmentName);
        var (first, second) = (index % 3) switch
        {
            0 => (0, 1),
            1 => (1, 2),
            _ => (0, 2),
        };

        foreach (var member in new[] { careWorkers[first], careWorkers[second] })
        {
            citizen.ContactTeam.Add(new ContactTeamMember { CitizenId = citizen.Id, UserId = userIds[member.Email] });
        }
    }

    private void AddPerson(Citizen citizen, RepresentativeKind kind, string relation, string name, string? address, bool withEmail) =>
        citizen.Representatives.Add(new Representative
        {
            CitizenId = citizen.Id,
            Kind = kind,
            Name = name,
            Relation = relation,
            Phone = MobilePhone(),
            Email = withEmail ? $"{DemoNames.EmailLocalPart(name)}@{Pick(MailDomains)}" : null,
            Address = address,
        });

    private (string FirstName, string LastName) DrawCitizenName(string departmentName, bool male, Generation generation)
    {
        if (!surnamesByDepartment.TryGetValue(departmentName, out var surnames))
        {
            surnames = new HashSet<string>(StringComparer.Ordinal);
            surnamesByDepartment[departmentName] = surnames;
        }

        string lastName;
        do
        {
            lastName = Pick(DemoNames.LastNames);
        }
        while (!surnames.Add(lastName));

        string firstName;
        do
        {
            firstName = FirstName(generation, male);
        }
        while (usedCitizenFirstNames.Contains(firstName) || usedFullNames.Contains($"{firstName} {lastName}"));

        usedCitizenFirstNames.Add(firstName);
        usedFullNames.Add($"{firstName} {lastName}");
        return (firstName, lastName);
    }

    /// <summary>A representative's full name, not used by anyone else in the demo.</summary>
    private string PersonName(Generation generation, bool male, string lastName)
    {
        while (true)
        {
            var fullName = $"{FirstName(generation, male)} {lastName}";
            if (usedFullNames.Add(fullName))
            {
                return fullName;
            }
        }
    }

    private static Generation GenerationOfAdult(int age) => age <= 55 ? Generation.Parent : Generation.Elder;

    private string FirstName(Generation generation, bool male) => Pick((generation, male) switch
    {
        (Generation.Child, true) => DemoNames.ChildBoys,
        (Generation.Child, false) => DemoNames.ChildGirls,
        (Generation.Parent, true) => DemoNames.ParentMen,
        (Generation.Parent, false) => DemoNames.ParentWomen,
        (_, true) => DemoNames.ElderMen,
        _ => DemoNames.ElderWomen,
    });

    /// <summary>Aalborg is by far the largest municipality in the region, so it acts for more citizens.</summary>
    private DemoMunicipality DrawMunicipality()
    {
        var municipalities = DemoNames.Municipalities;
        var pick = rng.Next(municipalities.Length + 4);
        return pick < municipalities.Length ? municipalities[pick] : municipalities[0];
    }

    private string Address(DemoMunicipality municipality) =>
        $"{Pick(DemoNames.Streets)} {rng.Next(1, 120)}, {municipality.PostalTown}";

    private string MobilePhone() =>
        $"+45 {rng.Next(20, 62)} {rng.Next(100):D2} {rng.Next(100):D2} {rng.Next(100):D2}";

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
