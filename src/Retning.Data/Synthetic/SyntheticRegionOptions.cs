namespace Retning.Data.Synthetic;

/// <summary>
/// What <see cref="SyntheticRegion"/> makes: how many citizens, over how many years up to <see cref="EndOn"/>
/// (the last day with data), from which seed. The same options give the same rows, ids included.
/// </summary>
public sealed record SyntheticRegionOptions
{
    public int Citizens { get; init; } = 500;
    public int Years { get; init; } = 3;
    public int Seed { get; init; } = 1;

    /// <summary>The last day with data; nothing is dated after it (a fixed date, never the clock).</summary>
    public DateOnly EndOn { get; init; } = new(2026, 12, 1);

    /// <summary>Citizens generated and written together: bounds the memory, whatever the region's size.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>The first day of the generated period (notes, goals, meetings); citizens may be enrolled before it.</summary>
    public DateOnly StartOn => EndOn.AddYears(-Years).AddDays(1);
}

/// <summary>
/// What was made: the region, its staff's e-mail addresses (password <see cref="Demo.DemoData.Password"/>), rows per table,
/// the whole time and the part of it spent writing the citizens' rows (the rest is generating them, and the set-up).
/// </summary>
public sealed record SyntheticRegionResult(Guid RegionId, string RegionName, IReadOnlyList<SyntheticLogin> Logins, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed, TimeSpan Writing)
{
    public long TotalRows => Rows.Values.Sum();
}

/// <summary>A generated staff member: e-mail, role and the department (or offer) where it applies.</summary>
public sealed record SyntheticLogin(string Email, string FullName, Domain.Organisation.StaffRole Role, Guid DepartmentId, Guid OfferId);
