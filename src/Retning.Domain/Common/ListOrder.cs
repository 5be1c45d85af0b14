namespace Retning.Domain.Common;

/// <summary>
/// Moving one entry of an administered list (the diary lists, the purpose categories) one place
/// up or down, the one way both lists do it (docs/architecture.md, "One helper each").
/// </summary>
public static class ListOrder
{
    /// <summary>The step of a move as the address says it: "op" is -1, "ned" +1; anything else is no move (null).</summary>
    public static int? Step(string? direction) => direction switch
    {
        "op" => -1,
        "ned" => 1,
        _ => null,
    };

    /// <summary>
    /// Moves the entry <paramref name="id"/> one place up (<paramref name="step"/> -1) or down (+1)
    /// in <paramref name="list"/>, ordered as shown. The whole list is renumbered 1..n while
    /// swapping, so entries that once shared an order get one each. Returns the old and new place
    /// (1-based), or null when the entry is already first or last (nothing changes).
    /// </summary>
    public static (int From, int To)? Move<T>(IReadOnlyList<T> list, Guid id, int step, Func<T, Guid> idOf, Action<T, int> setOrder)
    {
        var entries = list.ToList();
        var at = entries.FindIndex(e => idOf(e) == id);
        var to = at + step;
        if (at < 0 || to < 0 || to >= entries.Count)
        {
            return null;
        }

        (entries[at], entries[to]) = (entries[to], entries[at]);
        for (var i = 0; i < entries.Count; i++)
        {
            setOrder(entries[i], i + 1);
        }

        return (at + 1, to + 1);
    }
}
