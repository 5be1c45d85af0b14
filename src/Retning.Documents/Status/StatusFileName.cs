using System.Globalization;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>The one file-name rule for status downloads (DOCX and PDF): whose status, which period, which version.</summary>
public static class StatusFileName
{
    /// <summary>
    /// A download's file name that says whose status it is without a CPR number, e.g.
    /// "status-agnes-m-2026-06-04--2026-12-04-v1.pdf" (first name and the last name's initial) —
    /// "…-v1-kladde.pdf" before approval, and without the name when <paramref name="includeName"/>
    /// is false (the setting Status:FileNameIncludesName, for offices whose downloads folders are
    /// shared). ASCII only, safe in any Content-Disposition and file system: æ ø å become ae oe aa.
    /// </summary>
    public static string For(StatusContent content, string extension, bool includeName = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(extension);
        var name = includeName ? ShortName(content.CitizenName) : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"status-{(name.Length > 0 ? name + "-" : string.Empty)}{content.PeriodFrom:yyyy-MM-dd}--{content.PeriodTo:yyyy-MM-dd}-v{content.RevisionNumber}{(content.ApprovedOn is null ? "-kladde" : string.Empty)}{extension}");
    }

    /// <summary>"Agnes Marie Madsen" → "agnes-m": the first name and the last name's initial, lower case ASCII.</summary>
    public static string ShortName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var names = fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Ascii).Where(n => n.Length > 0).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => $"{names[0]}-{names[^1][0]}",
        };
    }

    /// <summary>Lower case letters, digits and inner hyphens only: "Ærbøl" → "aerboel", "Zoë" → "zoe", "Anne-Marie" → "anne-marie".</summary>
    public static string Ascii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var danish = text.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal)
            .Replace("å", "aa", StringComparison.Ordinal);
        var ascii = new System.Text.StringBuilder(danish.Length);
        foreach (var c in danish.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                ascii.Append(c);
            }
            else if (c == '-' && ascii.Length > 0 && ascii[^1] != '-')
            {
                ascii.Append(c);
            }
        }

        return ascii.ToString().TrimEnd('-');
    }
}
