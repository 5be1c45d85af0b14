using System.Globalization;

namespace Retning.Domain.Plans;

/// <summary>One row of an indicator scale as typed: value, label and description, strings as typed.</summary>
public sealed record ScaleLevelDraft(string? Value, string? Label, string? Description)
{
    /// <summary>A row left blank is not a level (the form always offers free rows).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>
/// The checks of the scale form (docs/domain.md, "Diary notes and scores"): a name no other scale
/// of the offer has, at least two levels, each with a whole value from -1000 to 1000 and a label,
/// neither used twice. Fields are "Name", "Levels" and "Levels[i].Value"/"Levels[i].Label".
/// </summary>
public static class ScaleFormRules
{
    public const int MaxAbsoluteValue = 1000;

    /// <summary>The levels in the order typed (empty rows left out) and the messages; the levels count only without messages.</summary>
    public static (IReadOnlyList<ScaleLevel> Levels, IReadOnlyList<FieldError> Errors) Check(
        string? name, IReadOnlyList<ScaleLevelDraft> rows, IEnumerable<string> otherNames)
    {
        var errors = new List<FieldError>();
        var cleanName = FormText.Clean(name);
        if (cleanName is null)
        {
            errors.Add(new("Name", "Skriv skalaens navn."));
        }
        else if (otherNames.Any(n => string.Equals(n.Trim(), cleanName, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new("Name", $"Tilbuddet har allerede en skala, der hedder {cleanName}."));
        }

        var levels = new List<ScaleLevel>();
        var valueRows = new Dictionary<int, int>();
        var labelRows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].IsEmpty)
            {
                continue;
            }

            var value = CheckValue(rows[i], i, valueRows, errors);
            var label = CheckLabel(rows[i], i, labelRows, errors);
            if (value is not null && label is not null)
            {
                levels.Add(new ScaleLevel { Value = value.Value, Label = label, Description = FormText.Clean(rows[i].Description) });
            }
        }

        if (rows.Count(r => !r.IsEmpty) < 2)
        {
            errors.Add(new("Levels", "En skala skal have mindst 2 niveauer. Udfyld værdi og betegnelse i mindst to rækker."));
        }

        return (levels, errors);
    }

    private static int? CheckValue(ScaleLevelDraft row, int index, Dictionary<int, int> valueRows, List<FieldError> errors)
    {
        var field = $"Levels[{index}].Value";
        var number = index + 1;
        var text = FormText.Clean(row.Value);
        if (text is null)
        {
            errors.Add(new(field, $"Niveau {number}: skriv en værdi (et helt tal)."));
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) || Math.Abs(parsed) > MaxAbsoluteValue)
        {
            errors.Add(new(field, $"Niveau {number}: værdien skal være et helt tal fra -1000 til 1000, fx 0, 1 eller 2."));
            return null;
        }

        if (valueRows.TryGetValue(parsed, out var first))
        {
            errors.Add(new(field, $"Niveau {number}: værdien {parsed} bruges allerede i niveau {first}. Hver værdi må kun bruges én gang."));
            return null;
        }

        valueRows[parsed] = number;
        return parsed;
    }

    private static string? CheckLabel(ScaleLevelDraft row, int index, Dictionary<string, int> labelRows, List<FieldError> errors)
    {
        var field = $"Levels[{index}].Label";
        var number = index + 1;
        var label = FormText.Clean(row.Label);
        if (label is null)
        {
            errors.Add(new(field, $"Niveau {number}: skriv en betegnelse."));
            return null;
        }

        if (labelRows.TryGetValue(label, out var first))
        {
            errors.Add(new(field, $"Niveau {number}: betegnelsen {label} bruges allerede i niveau {first}. Hver betegnelse må kun bruges én gang."));
            return null;
        }

        labelRows[label] = number;
        return label;
    }
}
