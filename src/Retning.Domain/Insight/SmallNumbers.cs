namespace Retning.Domain.Insight;

/// <summary>
/// No small-number disclosure: a figure over fewer than <see cref="Threshold"/> citizens is shown as
/// "færre end 5" to a user who may not open every citizen behind it (a region reader, or a leader
/// seeing a department outside their own). Zero is not hidden: it discloses no one.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;
    public const string Label = "færre end 5";

    public static bool Hidden(IEnumerable<CountedItem> rows, IReadOnlySet<Guid> personDepartments)
    {
        var citizens = new HashSet<Guid>();
        var outside = false;
        foreach (var row in rows)
        {
            citizens.Add(row.CitizenId);
            outside |= !personDepartments.Contains(row.DepartmentId);
        }

        return outside && citizens.Count is > 0 and < Threshold;
    }
}
