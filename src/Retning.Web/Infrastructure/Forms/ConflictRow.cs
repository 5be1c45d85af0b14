namespace Retning.Web.Infrastructure.Forms;

/// <summary>One field of a form that met a concurrency conflict: what the user typed and what is stored.</summary>
public sealed record ConflictRow(string Label, string? Mine, string? Stored)
{
    public bool Differs => !string.Equals((Mine ?? string.Empty).Trim(), (Stored ?? string.Empty).Trim(), StringComparison.Ordinal);

    public static IReadOnlyList<ConflictRow> Compare(IEnumerable<(string Label, string? Value)> mine, IEnumerable<(string Label, string? Value)> stored) =>
        [.. mine.Zip(stored, (m, s) => new ConflictRow(m.Label, m.Value, s.Value))];

    public static string? YesNo(bool value) => value ? "Ja" : "Nej";

    public static string? Date(DateOnly? date) => date?.ToDanishDate();
}
