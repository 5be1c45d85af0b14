using System.Globalization;
using System.Text.RegularExpressions;

namespace Retning.Domain.Status;

/// <summary>
/// How a new status's texts are prefilled from the plan, in words the caseworker can use: results
/// are what the evaluations concluded (not the decision words), and a value that already carries its
/// own label is not labelled twice.
/// </summary>
public static partial class StatusPrefill
{
    /// <summary>
    /// A result line for "Opnåede resultater" from an evaluation's written conclusion, e.g.
    /// "- 12-05-2026, Ida går i skole fem dage om ugen: Fremmødet er steget til fire dage." —
    /// or null when nothing was written (a decision such as "Justér" is not a result).
    /// </summary>
    public static string? ResultLine(DateOnly evaluatedOn, string goalText, string? conclusion)
    {
        ArgumentNullException.ThrowIfNull(goalText);
        if (string.IsNullOrWhiteSpace(conclusion))
        {
            return null;
        }

        // One line per result: the section is a list, so the conclusion's own line breaks become spaces.
        var text = Whitespace().Replace(conclusion.Trim(), " ");
        return string.Create(CultureInfo.InvariantCulture, $"- {evaluatedOn.ToDanishDate()}, {goalText.Trim()}: {text}");
    }

    /// <summary>
    /// "Støttebehov: Højt" — but a value that starts with a label of its own ("Støtteniveau: Højt")
    /// stands as it is, so the label is printed once.
    /// </summary>
    public static string LabelledLine(string label, string value)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        return OwnLabel().IsMatch(text) ? text : $"{label}: {text}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>One word of letters followed by a colon, e.g. "Støtteniveau:".</summary>
    [GeneratedRegex(@"^\p{L}+\s*:")]
    private static partial Regex OwnLabel();
}
