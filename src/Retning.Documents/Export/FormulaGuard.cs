namespace Retning.Documents.Export;

/// <summary>
/// Keeps a text cell from being read as a formula by a spreadsheet (CSV/formula injection): a text
/// that starts with '=', '+', '-' or '@' (or a tab or carriage return, which some spreadsheets skip
/// before one) gets a leading apostrophe. Every text cell of every export goes through here — a
/// citizen's name or a goal text is typed by users (docs/architecture.md, "Documents").
/// Numbers are written as numbers, so a negative change is never a text.
/// </summary>
public static class FormulaGuard
{
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
