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

    /// <summary>The row's place in the hash chain: 1, 2, 3 … without gaps, one chain per database (docs/adr/0007).</summary>
    public long Sequence { get; set; }

    /// <summary>SHA-256 (64 hex) of the previous row's hash and this row's canonical form; empty only before the row is chained.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>
    /// SHA-256 (64 hex) of the personal fields (<see cref="CitizenId"/>, <see cref="Detail"/>). The chain covers this
    /// digest instead of the fields, so erasing them later (GDPR) keeps the chain whole.
    /// </summary>
    public string PersonalDigest { get; set; } = string.Empty;

    /// <summary>When the personal fields were erased (then null); the stored digest stays and still chains.</summary>
    public DateTime? ErasedUtc { get; set; }
}
