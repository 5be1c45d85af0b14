using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Retning.Data.Demo;
using Retning.Data.Identity;
using Retning.Domain.Diary;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Synthetic;

/// <summary>A department of the synthetic region with the staff who write its notes.</summary>
internal sealed record SyntheticDepartment(Department Department, SyntheticOffer Offer, IReadOnlyList<SyntheticAuthor> CareWorkers, SyntheticAuthor Head);

/// <summary>A staff member as an author: id and the name notes carry.</summary>
internal sealed record SyntheticAuthor(Guid Id, string FullName);

/// <summary>An offer with what plans and notes point at: templates, the default scale's version, diary lists.</summary>
internal sealed record SyntheticOffer(Offer Offer, TemplateVersion Ics, TemplateVersion Vum, Guid ScaleId, Guid ScaleVersionId, IReadOnlyList<DiaryCategory> Categories)
{
    public List<SyntheticDepartment> Departments { get; } = [];

    public bool IsChildren => Offer.Area == Area.Children;
}

/// <summary>
/// The region of the synthetic data: four offers (two for children under § 66, adults under § 107 and § 108),
/// two to four departments each, the set-up every offer gets (<see cref="OfferDefaults"/>, as <see cref="OfferSetup"/>
/// gives it) and a few staff per department: three care workers and a department head, and an offer head per offer.
/// Every id is drawn from the seed. Staff are few on purpose: each password hash costs real time.
/// </summary>
internal sealed class SyntheticOrganisation
{
    private static readonly (string Name, string LegalBasis, Area Area, string[] Departments)[] OfferPlans =
    [
        ("Børnehjemmet Egebo", "§ 66", Area.Children, ["Spurven", "Svalen", "Viben", "Lærken"]),
        ("Ungdomshjemmet Kastanjen", "§ 66", Area.Children, ["Kløveren", "Mælkebøtten", "Valmuen"]),
        ("Bostedet Bøgely", "§ 107", Area.Adults, ["Ahornen", "Asken", "Elmen", "Pilen"]),
        ("Botilbuddet Granly", "§ 108", Area.Adults, ["Havblik", "Klitten", "Fjorden"]),
    ];

    public SyntheticOrganisation(SyntheticRandom rng, int seed, DateTime nowUtc, string passwordHash)
    {
        Region = new Region { Id = rng.NextGuid(), Name = "Region Syntetisk " + seed.ToString(CultureInfo.InvariantCulture) };
        var domain = $"syntetisk{seed.ToString(CultureInfo.InvariantCulture)}.retning.dk";
        var staffNumber = 0;
        foreach (var (name, legalBasis, area, departmentNames) in OfferPlans)
        {
            var offer = new Offer { Id = rng.NextGuid(), RegionId = Region.Id, Name = name, LegalBasis = legalBasis, Area = area, Address = "Skovvej 1, 9000 Aalborg", Phone = "98 12 34 56" };
            Region.Offers.Add(offer);
            var setup = Setup(rng, offer, nowUtc);
            Offers.Add(setup);
            var count = rng.Next(2, departmentNames.Length + 1);
            foreach (var departmentName in departmentNames.Take(count))
            {
                var department = new Department { Id = rng.NextGuid(), OfferId = offer.Id, Name = departmentName };
                offer.Departments.Add(department);
                var careWorkers = Enumerable.Range(0, 3).Select(_ => Staff(rng, domain, ++staffNumber, nowUtc, passwordHash, StaffRole.CareWorker, department, offer)).ToList();
                var head = Staff(rng, domain, ++staffNumber, nowUtc, passwordHash, StaffRole.DepartmentHead, department, offer);
                setup.Departments.Add(new SyntheticDepartment(department, setup, careWorkers, head));
            }

            // An offer head holds the role in one department; it covers the whole offer.
            Staff(rng, domain, ++staffNumber, nowUtc, passwordHash, StaffRole.OfferHead, offer.Departments[0], offer);
        }

        // The region reader (Sektorledelse: figures of every offer, no persons), from a random stream of its own so
        // that adding it moved no other row of a seed.
        var first = Region.Offers[0];
        Staff(new SyntheticRandom(seed ^ 0x5EC7), domain, ++staffNumber, nowUtc, passwordHash, StaffRole.SectorManagement, first.Departments[0], first);
    }

    public Region Region { get; }
    public List<SyntheticOffer> Offers { get; } = [];
    public List<AppUser> Users { get; } = [];
    public List<DepartmentMembership> Memberships { get; } = [];
    public List<SyntheticLogin> Logins { get; } = [];
    public List<PlanTemplate> Templates { get; } = [];
    public List<IndicatorScale> Scales { get; } = [];
    public List<MethodCatalogueItem> Methods { get; } = [];
    public List<DiaryCategory> Categories { get; } = [];
    public List<OfferPlanRules> Rules { get; } = [];

    public IEnumerable<SyntheticDepartment> Departments => Offers.SelectMany(o => o.Departments);

    /// <summary>The defaults <see cref="OfferSetup"/> gives an offer, with seeded ids in place of the new ones.</summary>
    private SyntheticOffer Setup(SyntheticRandom rng, Offer offer, DateTime nowUtc)
    {
        var templates = OfferDefaults.Templates(offer, nowUtc).ToList();
        foreach (var template in templates)
        {
            template.Id = rng.NextGuid();
            foreach (var version in template.Versions)
            {
                version.Id = rng.NextGuid();
                version.TemplateId = template.Id;
            }
        }

        var scale = OfferDefaults.DefaultScale(offer, nowUtc);
        scale.Id = rng.NextGuid();
        foreach (var version in scale.Versions)
        {
            version.Id = rng.NextGuid();
            version.ScaleId = scale.Id;
        }

        var methods = OfferDefaults.MethodCatalogue(offer).ToList();
        methods.ForEach(m => m.Id = rng.NextGuid());
        var categories = DiaryCategory.Defaults(offer.Id).ToList();
        categories.ForEach(c => c.Id = rng.NextGuid());
        Templates.AddRange(templates);
        Scales.Add(scale);
        Methods.AddRange(methods);
        Categories.AddRange(categories);
        Rules.Add(OfferDefaults.Rules(offer));
        return new SyntheticOffer(offer, templates.Single(t => t.Kind == TemplateKind.Ics).Current, templates.Single(t => t.Kind == TemplateKind.Vum).Current,
            scale.Id, scale.Versions.Single().Id, categories);
    }

    private SyntheticAuthor Staff(SyntheticRandom rng, string domain, int number, DateTime nowUtc, string passwordHash, StaffRole role, Department department, Offer offer)
    {
        var male = rng.Chance(0.4);
        var first = rng.Pick(male ? DemoNames.ParentMen : DemoNames.ParentWomen);
        var last = rng.Pick(DemoNames.LastNames);
        var email = $"{RoleWord(role)}{number.ToString("D3", CultureInfo.InvariantCulture)}@{domain}";
        var user = new AppUser
        {
            Id = rng.NextGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, FullName = $"{first} {last}", PasswordHash = passwordHash, SecurityStamp = rng.NextGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = rng.NextGuid().ToString(), CreatedUtc = nowUtc, LockoutEnabled = true,
        };
        Users.Add(user);
        Memberships.Add(new DepartmentMembership { Id = rng.NextGuid(), UserId = user.Id, DepartmentId = department.Id, Role = role, GrantedUtc = nowUtc });
        Logins.Add(new SyntheticLogin(email, user.FullName, role, department.Id, offer.Id));
        return new SyntheticAuthor(user.Id, user.FullName);
    }

    private static string RoleWord(StaffRole role) => role switch
    {
        StaffRole.DepartmentHead => "afdelingsleder",
        StaffRole.OfferHead => "tilbudsleder",
        StaffRole.SectorManagement => "sektorledelse",
        _ => "medarbejder",
    };

    /// <summary>One hash for every generated user (the demo password): hashing is slow by design, and one is enough.</summary>
    public static string HashPassword() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), DemoData.Password);
}
