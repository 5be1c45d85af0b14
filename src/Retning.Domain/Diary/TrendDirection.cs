namespace Retning.Domain.Diary;

/// <summary>
/// How the support need moved from the first to the latest reading. On the FFB scale a higher
/// value means more support needed, so <see cref="Decreased"/> is the progress the plan hopes for.
/// </summary>
public enum TrendDirection
{
    /// <summary>Fewer than two readings: there is no movement to describe.</summary>
    NotEnoughData = 0,

    /// <summary>Latest value below the first: less support needed.</summary>
    Decreased = 1,

    /// <summary>Latest value equals the first.</summary>
    Unchanged = 2,

    /// <summary>Latest value above the first: more support needed.</summary>
    Increased = 3,
}
