namespace Retning.Domain.Organisation;

/// <summary>The role a staff member holds in one department.</summary>
public enum StaffRole
{
    CareWorker = 1,
    DepartmentHead = 2,
    OfferHead = 3,
    QualityOfficer = 4,
    Administrator = 5,
}

public static class StaffRoleText
{
    public static string Danish(this StaffRole role) => role switch
    {
        StaffRole.CareWorker => "Medarbejder",
        StaffRole.DepartmentHead => "Afdelingsleder",
        StaffRole.OfferHead => "Tilbudsleder",
        StaffRole.QualityOfficer => "Kvalitetsmedarbejder",
        StaffRole.Administrator => "Administrator",
        _ => role.ToString(),
    };
}
