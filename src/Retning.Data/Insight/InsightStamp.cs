namespace Retning.Data.Insight;

/// <summary>
/// The version of what the management figures read (docs/adr/0015): one row whose
/// <see cref="Version"/> takes a new value in every save that changes such a row, in the same
/// transaction (<see cref="InsightStamps"/>). A page may reuse figures read under the version that
/// is still current, and must read again as soon as it is not.
/// </summary>
public class InsightStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public Guid Version { get; set; }
}
