namespace Retning.Documents.Model;

/// <summary>
/// A format-neutral document: a title block, a running header and a list of blocks, written by
/// <see cref="Docx.DocxWriter"/> (and meant to be printable the same way by other writers).
/// <para>
/// The model holds finished text only: what to show is decided by the caller (e.g. the CPR number
/// is masked before it becomes a <see cref="TitleFact"/>). Texts are plain text; a line break
/// (<c>\n</c>, <c>\r\n</c> or <c>\r</c>) is kept as a line break and a tab as a tab; characters
/// that XML cannot carry (other control characters, unpaired surrogates) are left out by the
/// writers, so any string is safe. A <see langword="null"/> text counts as empty.
/// </para>
/// <para>
/// Lists (and PNG bytes) are copied and checked when a record is made, so changing the caller's
/// list afterwards does not change the model, and a model that exists is one the writers accept.
/// Records compare their lists by reference (default record equality).
/// </para>
/// </summary>
/// <param name="Title">The document title, e.g. "Status til kommunen"; also the file's title property.</param>
/// <param name="TitleFacts">Label/value lines under the title (citizen, masked CPR, period, offer, date), in order.</param>
/// <param name="RunningHeader">Shown at the top of every page, e.g. "Agnes Madsen · 1. marts–31. august 2026".</param>
/// <param name="Blocks">The body, in reading order.</param>
public sealed record DocumentModel(
    string Title,
    IReadOnlyList<TitleFact> TitleFacts,
    string RunningHeader,
    IReadOnlyList<DocumentBlock> Blocks)
{
    /// <inheritdoc cref="DocumentModel" path="/param[@name='TitleFacts']"/>
    public IReadOnlyList<TitleFact> TitleFacts { get; } = Copy(TitleFacts, nameof(TitleFacts));

    /// <inheritdoc cref="DocumentModel" path="/param[@name='Blocks']"/>
    public IReadOnlyList<DocumentBlock> Blocks { get; } = Copy(Blocks, nameof(Blocks));

    /// <summary>
    /// When the document was made; written as the file's created and modified date (none when
    /// <see langword="null"/>). The model holds no clock: the caller passes its TimeProvider's time.
    /// </summary>
    public DateTimeOffset? Created { get; init; }

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Copy<T>(IReadOnlyList<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        return items.Any(i => i is null)
            ? throw new ArgumentException("The list must not contain null.", paramName)
            : Array.AsReadOnly(items.ToArray());
    }
}

/// <summary>One line of the title block: a label and its value, e.g. ("CPR-nr.", "010203-XXXX").</summary>
public sealed record TitleFact(string Label, string Value);
