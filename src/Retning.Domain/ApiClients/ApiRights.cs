namespace Retning.Domain.ApiClients;

/// <summary>What an API client may do in its departments (docs/adr/0017).</summary>
[Flags]
public enum ApiRights
{
    None = 0,

    /// <summary>Read citizens, plans, notes and figures (structured data).</summary>
    Read = 1,

    /// <summary>Write notes and other changes the API offers.</summary>
    Write = 2,

    /// <summary>Free text in reads and exports (e.g. the FHIR Bundle); without it only structured data leaves.</summary>
    Text = 4,
}

public static class ApiRightsText
{
    public static string Danish(this ApiRights rights)
    {
        var parts = new List<string>();
        if (rights.HasFlag(ApiRights.Read))
        {
            parts.Add("læse");
        }

        if (rights.HasFlag(ApiRights.Write))
        {
            parts.Add("skrive");
        }

        if (rights.HasFlag(ApiRights.Text))
        {
            parts.Add("fritekst");
        }

        return parts.Count == 0 ? "ingen" : string.Join(", ", parts);
    }
}
