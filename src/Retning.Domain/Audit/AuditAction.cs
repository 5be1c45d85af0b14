namespace Retning.Domain.Audit;

public enum AuditAction
{
    Read = 1,
    Create = 2,
    Update = 3,
    Delete = 4,
    Export = 5,
    Search = 6,
    Denied = 7,

    /// <summary>A discharged citizen erased after the retention period (the row holds counts, no personal data).</summary>
    Erased = 60,
}

public static class AuditActionText
{
    public static string Danish(this AuditAction action) => action switch
    {
        AuditAction.Read => "Læst",
        AuditAction.Create => "Oprettet",
        AuditAction.Update => "Ændret",
        AuditAction.Delete => "Slettet",
        AuditAction.Export => "Eksporteret",
        AuditAction.Search => "Søgning",
        AuditAction.Denied => "Adgang nægtet",
        AuditAction.Erased => "Slettet efter opbevaringsperiode",
        _ => action.ToString(),
    };
}
