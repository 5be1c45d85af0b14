namespace Retning.Domain.Audit;

/// <summary>
/// One row of the append-only audit log: who saw or changed which citizen's data, when.
/// Never updated or deleted by the application (the data layer refuses it).
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public AuditAction Action { get; set; }
    public Guid? CitizenId { get; set; }

    /// <summary>What was touched, e.g. "Borger: stamdata" or "Borgerliste".</summary>
    public required string Subject { get; set; }

    /// <summary>Search criterion or other detail; never free text from citizen records.</summary>
    public string? Detail { get; set; }

    public required string CorrelationId { get; set; }
}
