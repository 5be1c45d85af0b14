namespace Retning.Domain.Organisation;

/// <summary>The role a staff member holds in one department.</summary>
public enum StaffRole
{
    CareWorker = 1,
    DepartmentHead = 2,
    OfferHead = 3,
    QualityOfficer = 4,
    Administrator = 5,

    /// <summary>
    /// Sektorledelse: reads the management figures of every offer in the region of the department the
    /// role is given in, and no citizen (docs/domain.md, "Roles"; Access.InsightAccess).
    /// </summary>
    SectorManagement = 6,
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
        StaffRole.SectorManagement => "Sektorledelse",
        _ => role.ToString(),
    };
}
