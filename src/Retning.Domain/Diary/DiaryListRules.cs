using System.Globalization;

namespace Retning.Domain.Diary;

/// <summary>
/// The rules of an offer's two resident-diary lists (contexts and note types): names, order,
/// active or not, and the response-rate threshold beside them, with the Danish message at the
/// field (docs/domain.md, "Diary notes and scores"). Entries are never deleted: written notes
/// point at them.
/// </summary>
public static class DiaryListRules
{
    public static string Noun(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? "kontekst" : "notattype";

    /// <summary>"Konteksten" / "Notattypen", to start a sentence.</summary>
    public static string Definite(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? "Konteksten" : "Notattypen";

    public static string Title(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? "Kontekster" : "Notattyper";

    /// <summary>
    /// Checks a cleaned name (<see cref="FormText.Clean"/>) against the other entries of the same
    /// list (inactive ones too: a retired name is brought back by making it active, not by a twin).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckName(string? name, DiaryCategoryKind kind, IEnumerable<DiaryCategory> sameList, Guid? self = null)
    {
        if (name is null)
        {
            return [new("Name", $"Skriv {(kind == DiaryCategoryKind.Context ? "kontekstens" : "notattypens")} navn.")];
        }

        var twin = sameList.FirstOrDefault(c => c.Id != self && string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (twin is null)
        {
            return [];
        }

        var noun = Noun(kind);
        return
        [
            new("Name", twin.IsActive
                ? $"Der er allerede en {noun}, der hedder {twin.Name}."
                : $"Der er allerede en {noun}, der hedder {twin.Name}. Den er inaktiv; gør den aktiv igen i stedet."),
        ];
    }

    /// <summary>
    /// Whether an entry may become active or inactive. The message belongs to the whole form
    /// (field ""): the lists' rows have no field of their own.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckActive(DiaryCategory entry, bool active, IEnumerable<DiaryCategory> sameList)
    {
        if (!active && entry.IsMissingWork)
        {
            // The evaluation counts notes of this type as missing work on a sub-goal; without it that count is lost.
            return [new(string.Empty, $"Notattypen {entry.Name} kan ikke gøres inaktiv, fordi evalueringen tæller notater af denne type som manglende arbejde med delmål.")];
        }

        if (!active && entry.IsActive && sameList.Count(c => c.IsActive) == 1)
        {
            return [new(string.Empty, $"{entry.Name} er den eneste aktive {Noun(entry.Kind)}. Der skal være mindst én, ellers kan der ikke skrives notater.")];
        }

        return [];
    }

    /// <summary>The order a new entry gets: after the last one of its list.</summary>
    public static int NextOrder(IReadOnlyCollection<DiaryCategory> sameList) => sameList.Count == 0 ? 1 : sameList.Max(c => c.Order) + 1;

    /// <summary>The step of a move as the address says it: "op" is -1, "ned" +1; anything else is no move (null).</summary>
    public static int? Step(string? direction) => ListOrder.Step(direction);

    /// <summary>
    /// Moves an entry one place up (<paramref name="step"/> -1) or down (+1) in its list, ordered
    /// as shown. The whole list is renumbered 1..n while swapping, so entries that once shared an
    /// order get one each. Returns the old and new place (1-based), or null when the entry is
    /// already first or last (nothing changes).
    /// </summary>
    public static (int From, int To)? Move(IReadOnlyList<DiaryCategory> sameList, Guid id, int step) =>
        ListOrder.Move(sameList, id, step, c => c.Id, (c, order) => c.Order = order);

    /// <summary>The response-rate threshold as typed: a whole percent from 1 to 100 ("70" or "70 %"); null otherwise.</summary>
    public static int? ParseThreshold(string? typed) =>
        FormText.Clean(typed)?.TrimEnd('%').Trim() is { } text
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is >= 1 and <= 100
            ? percent
            : null;

    /// <summary>Checks the threshold as typed (field "Percent").</summary>
    public static IReadOnlyList<FieldError> CheckThreshold(string? typed) =>
        FormText.Clean(typed)?.TrimEnd('%').Trim() is null ? [new("Percent", "Skriv svarprocenten.")]
        : ParseThreshold(typed) is null ? [new("Percent", "Svarprocenten skal være et helt tal fra 1 til 100.")]
        : [];
}
