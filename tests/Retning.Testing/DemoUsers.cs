namespace Retning.Testing;

/// <summary>The demo users the tests sign in as (see Retning.Data.Demo.DemoStaff); password DemoData.Password.</summary>
public static class DemoUsers
{
    /// <summary>Medarbejder, Solsikken – Mågen; in most Mågen contact teams.</summary>
    public const string Mette = "mette@demo.retning.dk";

    /// <summary>Medarbejder, Solsikken – Ternen (the other department of the same offer).</summary>
    public const string Jonas = "jonas@demo.retning.dk";

    /// <summary>Afdelingsleder, Solsikken – Mågen.</summary>
    public const string Anne = "anne@demo.retning.dk";

    /// <summary>Tilbudsleder, all of Solsikken (Mågen and Ternen).</summary>
    public const string Lars = "lars@demo.retning.dk";

    /// <summary>Medarbejder, Lindely – Birken.</summary>
    public const string Sofie = "sofie@demo.retning.dk";

    /// <summary>Afdelingsleder, Lindely – Birken.</summary>
    public const string Peter = "peter@demo.retning.dk";

    /// <summary>Tilbudsleder, all of Lindely (Birken and Egen).</summary>
    public const string Karin = "karin@demo.retning.dk";

    /// <summary>Kvalitetsmedarbejder, Mågen and Birken.</summary>
    public const string Kvalitet = "kvalitet@demo.retning.dk";

    /// <summary>Administrator (organisation and users; no citizen content).</summary>
    public const string Admin = "admin@demo.retning.dk";

    /// <summary>Sektorledelse, granted in Mågen: the figures of the whole demo region, no citizen.</summary>
    public const string Sektor = "sektor@demo.retning.dk";

    /// <summary>Further care workers, free for tests that lock or change an account.</summary>
    public const string Camilla = "camilla@demo.retning.dk";
    public const string Rasmus = "rasmus@demo.retning.dk";
    public const string Louise = "louise@demo.retning.dk";
    public const string Nanna = "nanna@demo.retning.dk";

    public const string Maagen = "Mågen";
    public const string Ternen = "Ternen";
    public const string Birken = "Birken";
    public const string Egen = "Egen";
}
