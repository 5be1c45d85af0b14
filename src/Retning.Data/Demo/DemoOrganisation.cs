using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Demo;

/// <summary>
/// The demo region with its two offers and four departments, built in memory. Ids are set
/// by the entities themselves, so memberships and citizens can point at the departments
/// before anything is saved.
/// </summary>
internal sealed class DemoOrganisation
{
    public const string RegionName = "Region Nordjylland (demo)";

    public const string Solsikken = "Solsikken";
    public const string Lindely = "Lindely";

    public const string Maagen = "Mågen";
    public const string Ternen = "Ternen";
    public const string Birken = "Birken";
    public const string Egen = "Egen";

    /// <summary>The departments in the order citizens are generated.</summary>
    public static readonly IReadOnlyList<string> DepartmentNames = [Maagen, Ternen, Birken, Egen];

    private readonly Dictionary<string, Department> departments;

    public DemoOrganisation()
    {
        Region = new Region { Name = RegionName };
        Children = AddOffer("Børnehjemmet " + Solsikken, "§ 66", Area.Children, Maagen, Ternen);
        // The children's homes' local guideline names the criteria SMARTE (docs/domain.md, "Goals and sub-goals").
        Children.SmortVariant = SmortVariant.Smarte;
        Adults = AddOffer("Bostedet " + Lindely, "§ 108", Area.Adults, Birken, Egen);
        // The sender block of a status: fictitious addresses and numbers.
        (Children.Address, Children.Phone) = ("Solsikkevej 12, 8230 Åbyhøj", "86 12 34 56");
        (Adults.Address, Adults.Phone) = ("Lindealléen 4, 8600 Silkeborg", "87 65 43 21");
        departments = Region.Offers.SelectMany(o => o.Departments).ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public Region Region { get; }
    public Offer Children { get; }
    public Offer Adults { get; }

    public Department DepartmentNamed(string name) => departments[name];

    public Offer OfferOf(string departmentName) => OfferShortName(departmentName) == Solsikken ? Children : Adults;

    /// <summary>The other department of the same offer: where a citizen with a placement history came from.</summary>
    public static string SiblingOf(string departmentName) => departmentName switch
    {
        Maagen => Ternen,
        Ternen => Maagen,
        Birken => Egen,
        Egen => Birken,
        _ => throw new ArgumentOutOfRangeException(nameof(departmentName), departmentName, "Not a demo department."),
    };

    /// <summary>The short offer name used in the login list ("Solsikken – Mågen").</summary>
    public static string OfferShortName(string departmentName) => departmentName switch
    {
        Maagen or Ternen => Solsikken,
        Birken or Egen => Lindely,
        _ => throw new ArgumentOutOfRangeException(nameof(departmentName), departmentName, "Not a demo department."),
    };

    private Offer AddOffer(string name, string legalBasis, Area area, params string[] departmentNames)
    {
        var offer = new Offer { RegionId = Region.Id, Name = name, LegalBasis = legalBasis, Area = area, IsDemo = true };
        foreach (var departmentName in departmentNames)
        {
            offer.Departments.Add(new Department { OfferId = offer.Id, Name = departmentName });
        }

        Region.Offers.Add(offer);
        return offer;
    }
}
