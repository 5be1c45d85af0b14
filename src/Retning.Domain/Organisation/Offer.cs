namespace Retning.Domain.Organisation;

/// <summary>
/// A social offer (tilbud). The legal basis is kept as text (e.g. "§ 66") because the
/// references move between laws (serviceloven → barnets lov); it is data, not code.
/// </summary>
public class Offer : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Name { get; set; }
    public required string LegalBasis { get; set; }
    public Area Area { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>The postal address, e.g. "Solsikkevej 12, 8230 Åbyhøj": the status's sender block.</summary>
    public string? Address { get; set; }

    /// <summary>The offer's main phone number, e.g. "86 12 34 56": the status's sender block.</summary>
    public string? Phone { get; set; }

    /// <summary>The name the offer's guideline gives the goal criteria: SMORTE (regional) or SMARTE (children's homes).</summary>
    public Plans.SmortVariant SmortVariant { get; set; } = Plans.SmortVariant.Smorte;
    /// <summary>Years a discharged citizen's data is kept before it is erased (GDPR art. 5(1)(e)); see Rights.RetentionRules.</summary>
    public int RetentionYearsAfterDischarge { get; set; } = Rights.RetentionRules.DefaultYears;

    public int Version { get; set; }
    public List<Department> Departments { get; set; } = [];
}
