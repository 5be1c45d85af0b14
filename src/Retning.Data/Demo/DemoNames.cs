namespace Retning.Data.Demo;

/// <summary>A municipality's caseworker: a fictional person with a fictional address under ".demo".</summary>
internal sealed record DemoCaseworker(string Name, string Phone);

/// <summary>An acting municipality with the town used in family addresses and one caseworker per area.</summary>
internal sealed record DemoMunicipality(string Name, string MailDomain, string PostalTown, DemoCaseworker Children, DemoCaseworker Adults)
{
    public static string EmailOf(DemoCaseworker caseworker, DemoMunicipality municipality) =>
        $"{DemoNames.EmailLocalPart(caseworker.Name)}@{municipality.MailDomain}";
}

/// <summary>
/// Name lists for the demo. First names follow the generations (children, their parents,
/// grandparents and older adults) so a family reads as plausible. Surnames of the demo
/// staff are left out, so a citizen is never mistaken for a colleague's relative.
/// </summary>
internal static class DemoNames
{
    public static readonly string[] ChildBoys =
    [
        "Noah", "William", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Alfred", "Frederik", "Magnus",
        "Elias", "Aksel", "Storm", "Valdemar", "Anton", "Johan", "August", "Bjørn", "Theo", "Villads",
        "Adam", "Ibrahim", "Sebastian", "Marius",
    ];

    public static readonly string[] ChildGirls =
    [
        "Emma", "Ida", "Clara", "Freja", "Alma", "Sofia", "Ella", "Agnes", "Karla", "Laura",
        "Asta", "Olivia", "Nora", "Mathilde", "Josefine", "Liva", "Ellen", "Lærke", "Selma", "Ronja",
        "Esther", "Malou", "Vigga", "Aya",
    ];

    public static readonly string[] ParentMen =
    [
        "Martin", "Thomas", "Jesper", "Michael", "Christian", "Nicolai", "Mads", "Kenneth", "Brian", "Søren",
        "Anders", "Morten", "Jakob", "Mathias", "Daniel", "Simon", "Kristian", "Allan", "Jimmi", "René",
    ];

    public static readonly string[] ParentWomen =
    [
        "Maria", "Stine", "Sara", "Julie", "Line", "Tina", "Pernille", "Helle", "Rikke", "Maja",
        "Cecilie", "Marianne", "Sanne", "Dorthe", "Katrine", "Charlotte", "Jeanette", "Mia", "Signe", "Bettina",
    ];

    public static readonly string[] ElderMen =
    [
        "Jørgen", "Bent", "Poul", "Ole", "Niels", "Henning", "Kurt", "Finn", "Erik", "Leif",
        "Bjarne", "Torben", "Steen", "Preben", "Svend", "Knud", "Flemming", "Jens Ole",
    ];

    public static readonly string[] ElderWomen =
    [
        "Inge", "Hanne", "Lone", "Birthe", "Susanne", "Kirsten", "Bodil", "Jytte", "Grethe", "Ulla",
        "Bente", "Karen", "Åse", "Lis", "Vibeke", "Else", "Annelise", "Gurli",
    ];

    public static readonly string[] LastNames =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Rasmussen", "Jørgensen", "Petersen",
        "Madsen", "Kristensen", "Olsen", "Christiansen", "Poulsen", "Johansen", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen",
        "Lauridsen", "Frederiksen", "Kjærgaard", "Bækgaard", "Søndergaard", "Aagaard", "Grønlund", "Ravn", "Skov", "Dalsgaard",
        "Bruun", "Frandsen", "Winther", "Clausen", "Laursen", "Brandt", "Villadsen", "Ahmadi", "Nguyen", "Højer",
    ];

    public static readonly string[] Streets =
    [
        "Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Kirkevej", "Bøgevej", "Ahornvej", "Engvej", "Markvej",
        "Møllevej", "Stationsvej", "Havnegade", "Solvej", "Rosenvænget", "Lærkevej", "Kastanie Allé", "Violvej", "Fyrrevej", "Toftevej",
    ];

    /// <summary>The municipalities of Region Nordjylland that act for the demo citizens.</summary>
    public static readonly DemoMunicipality[] Municipalities =
    [
        new("Aalborg Kommune", "aalborg.demo", "9000 Aalborg",
            new("Maria Skovgaard", "+45 99 31 24 17"), new("Jens Bundgaard", "+45 99 31 52 08")),
        new("Hjørring Kommune", "hjorring.demo", "9800 Hjørring",
            new("Tine Lykke", "+45 98 92 61 33"), new("Bo Kirkegaard", "+45 98 92 64 70")),
        new("Frederikshavn Kommune", "frederikshavn.demo", "9900 Frederikshavn",
            new("Anja Iversen", "+45 98 45 18 26"), new("Claus Brix", "+45 98 45 19 41")),
        new("Brønderslev Kommune", "bronderslev.demo", "9700 Brønderslev",
            new("Lene Hedegaard", "+45 99 45 42 15"), new("Martin Vinther", "+45 99 45 43 82")),
        new("Jammerbugt Kommune", "jammerbugt.demo", "9440 Aabybro",
            new("Stine Mørk", "+45 98 24 73 04"), new("Jacob Eriksen", "+45 98 24 73 59")),
        new("Thisted Kommune", "thisted.demo", "7700 Thisted",
            new("Randi Sloth", "+45 99 17 25 62"), new("Thomas Grønbech", "+45 99 17 26 18")),
        new("Mariagerfjord Kommune", "mariagerfjord.demo", "9500 Hobro",
            new("Heidi Juul", "+45 97 11 36 45"), new("Anders Kallestrup", "+45 97 11 37 90")),
        new("Rebild Kommune", "rebild.demo", "9530 Støvring",
            new("Katrine Bak", "+45 99 88 61 27"), new("Søren Hvidberg", "+45 99 88 62 53")),
        new("Vesthimmerlands Kommune", "vesthimmerland.demo", "9600 Aars",
            new("Pernille Toft", "+45 99 66 71 84"), new("Kenneth Dam", "+45 99 66 72 36")),
        new("Morsø Kommune", "morso.demo", "7900 Nykøbing M",
            new("Mona Ejlersen", "+45 99 70 76 12"), new("Rune Thygesen", "+45 99 70 77 48")),

        // Læsø is small: one caseworker serves both areas.
        new("Læsø Kommune", "laeso.demo", "9940 Læsø",
            new("Ulla Bech", "+45 98 49 80 24"), new("Ulla Bech", "+45 98 49 80 24")),
    ];

    public static readonly string[] ChildTargetGroups =
    [
        "Børn med betydelig og varig nedsat funktionsevne",
        "Børn med autismespektrumforstyrrelse og udviklingshæmning",
        "Børn med multiple funktionsnedsættelser",
    ];

    public static readonly string[] ChildCategories = ["Kategori 1", "Kategori 2", "Kategori 3"];

    public static readonly string[] ChildSupportLevels = ["Moderat", "Højt", "Meget højt"];

    public static readonly string[] AdultTargetGroups =
    [
        "Voksne med udviklingshæmning",
        "Voksne med erhvervet hjerneskade",
        "Voksne med autisme og udviklingshæmning",
        "Voksne med fysisk og psykisk funktionsnedsættelse",
    ];

    public static readonly string[] AdultCategories = ["Kategori A", "Kategori B", "Kategori C", "Kategori D"];

    // The FFB support-need scale, without "Intet": nobody lives in a § 108 offer without support.
    public static readonly string[] AdultSupportLevels = ["Let", "Moderat", "Højt", "Fuldstændigt"];

    /// <summary>"Stine Mørk" → "stine.moerk": ASCII for e-mail addresses, the way Danish mail systems spell it.</summary>
    public static string EmailLocalPart(string fullName)
    {
        var ascii = fullName.Trim().ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal)
            .Replace("å", "aa", StringComparison.Ordinal)
            .Replace("é", "e", StringComparison.Ordinal)
            .Replace(' ', '.');
        return new string(ascii.Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
    }
}
