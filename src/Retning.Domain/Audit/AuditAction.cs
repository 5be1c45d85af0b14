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

    // Administration (range 50–59; docs/adr/0003-audit-log.md, "Later"): account and access changes, each its own action so the log can be filtered by it.
    RoleGranted = 50,
    RoleRemoved = 51,
    PasswordSet = 52,
    AccountUnlocked = 53,
    TwoFactorReset = 54,
    UserDeactivated = 55,
    RoleRequested = 56,
    RoleRequestRejected = 57,

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
        AuditAction.RoleGranted => "Rolle givet",
        AuditAction.RoleRemoved => "Rolle fjernet",
        AuditAction.PasswordSet => "Adgangskode sat",
        AuditAction.AccountUnlocked => "Bruger låst op",
        AuditAction.TwoFactorReset => "To-faktor nulstillet",
        AuditAction.UserDeactivated => "Bruger deaktiveret",
        AuditAction.RoleRequested => "Rolle anmodet (afventer godkendelse)",
        AuditAction.RoleRequestRejected => "Rolleanmodning afvist",
        _ => action.ToString(),
    };
}
