namespace Retning.Data.Audit;

/// <summary>
/// The one row that holds the audit chain's head (sequence and hash of the newest row). Appending rows updates it
/// first, which on SQLite takes the write lock before the head is read; it also makes reading the head cheap.
/// The row is made by the migration.
/// </summary>
public class AuditChainState
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}
