using Retning.Domain.Organisation;

namespace Retning.Domain.Citizens;

/// <summary>A citizen (borger) living in or attending an offer.</summary>
public class Citizen : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FirstName { get; set; }
    public required string LastName { get; set; }

    /// <summary>Ten digits, no dash. Shown masked except on the citizen's own edit page.</summary>
    public required string CprDigits { get; set; }

    public DateOnly BirthDate { get; set; }
    public Guid DepartmentId { get; set; }
    public Department? Department { get; set; }
    public DateOnly EnrolledOn { get; set; }
    public DateOnly? DischargedOn { get; set; }

    public string? TargetGroup { get; set; }
    public string? Category { get; set; }
    public string? SupportLevel { get; set; }

    public string? Municipality { get; set; }
    public string? CaseworkerName { get; set; }
    public string? CaseworkerEmail { get; set; }
    public string? CaseworkerPhone { get; set; }

    /// <summary>A documented agreement with the municipality on the status cadence (months), replacing 6 (children) / 12 (adults).</summary>
    public int? StatusIntervalMonths { get; set; }
    public string? StatusAgreementNote { get; set; }

    /// <summary>Lower-cased "first last" for case-insensitive search of Danish names on every database.</summary>
    public string SearchName { get; set; } = string.Empty;

    /// <summary>A legal hold: the reason the data must not be erased when the retention period runs out (null = no hold).</summary>
    public string? LegalHoldReason { get; set; }
    public string? LegalHoldSetBy { get; set; }
    public DateTime? LegalHoldSetUtc { get; set; }

    public bool IsDemo { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public List<Representative> Representatives { get; set; } = [];
    public List<ContactTeamMember> ContactTeam { get; set; } = [];
    public List<DepartmentPlacement> Placements { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
    public string MaskedCpr => Cpr.Mask(CprDigits);

    public bool IsDischargedOn(DateOnly day) => DischargedOn is { } d && d <= day;
}
