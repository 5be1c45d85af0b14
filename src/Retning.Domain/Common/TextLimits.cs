using System.Globalization;

namespace Retning.Domain.Common;

/// <summary>
/// How much text a user may type into one field (unbounded text once let one
/// user store a megabyte that was then served to everyone). The common sizes live here; an
/// aggregate names its own fields' limits next to its rules (e.g. <c>CitizenValidation.MaxNamePart</c>),
/// mostly as one of these. The same constant bounds the form field and the database column.
/// </summary>
public static class TextLimits
{
    /// <summary>A code or a value typed as text: a time, a number, a one-time code.</summary>
    public const int Code = 50;

    /// <summary>A name, a title, an e-mail address, a reference.</summary>
    public const int Name = 200;

    /// <summary>One line: a short description, an address, a label.</summary>
    public const int Line = 500;

    /// <summary>A paragraph: a goal's rationale, a participant list, a short assessment.</summary>
    public const int Paragraph = 4000;

    /// <summary>A long text: a perspective, an assessment, a status section.</summary>
    public const int LongText = 20000;

    /// <summary>The Danish message for text over <paramref name="max"/> characters, or null when it fits.</summary>
    public static string? TooLong(string? text, int max) =>
        text is not null && text.Length > max
            ? string.Create(CultureInfo.InvariantCulture, $"Teksten er for lang: højst {max} tegn (nu {text.Length}).")
            : null;
}
