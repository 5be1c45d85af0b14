namespace Retning.Data.Jobs;

/// <summary>
/// A lease on a background job, held in the database so that when several Retning instances run
/// against one database only one of them does the job at a time. The holder renews it while it
/// works; when it dies the lease runs out and another instance takes over.
/// </summary>
public class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime ExpiresUtc { get; set; }
}
