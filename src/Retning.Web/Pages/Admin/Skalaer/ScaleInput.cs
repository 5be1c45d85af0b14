using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Skalaer;

/// <summary>
/// The scale form: a name and a fixed number of level rows (no JavaScript needed to add one).
/// Everything is kept as typed, so a refused post shows "to" in a value field again with a message.
/// </summary>
public sealed class ScaleInput
{
    /// <summary>Rows the form shows at least; empty rows are ignored.</summary>
    public const int Rows = 8;

    public const string LevelsKey = "Input.Levels";

    [TextLimit(IndicatorScale.MaxName)]
    public string? Name { get; set; }

    /// <summary>The scale's concurrency version the form was opened on (editing only).</summary>
    public int Version { get; set; }

    public List<LevelInput> Levels { get; set; } = [];

    public static ScaleInput From(IndicatorScale scale) => new()
    {
        Name = scale.Name,
        Version = scale.Version,
        Levels = [.. scale.Levels.Select(l => new LevelInput
        {
            Value = l.Value.ToString(CultureInfo.InvariantCulture), Label = l.Label, Description = l.Description,
        })],
    };

    /// <summary>Fills up with empty rows: at least <see cref="Rows"/>, and always two free rows to grow the scale.</summary>
    public ScaleInput Padded()
    {
        var wanted = Math.Max(Rows, Levels.Count(l => !l.IsEmpty) + 2);
        while (Levels.Count < wanted)
        {
            Levels.Add(new LevelInput());
        }

        return this;
    }

    /// <summary>
    /// Checks the form and returns the levels in the order typed (empty rows left out), or null
    /// with the Danish messages at the fields. <paramref name="otherNames"/> are the offer's other scales.
    /// </summary>
    public List<ScaleLevel>? Validate(ModelStateDictionary modelState, IEnumerable<string> otherNames)
    {
        var name = FormText.Clean(Name);
        if (name is null)
        {
            modelState.AddModelError("Input.Name", "Skriv skalaens navn.");
        }
        else if (otherNames.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            modelState.AddModelError("Input.Name", $"Tilbuddet har allerede en skala, der hedder {name}.");
        }

        var levels = new List<ScaleLevel>();
        var valueRows = new Dictionary<int, int>();
        var labelRows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Levels.Count; i++)
        {
            var row = Levels[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var key = $"{LevelsKey}[{i}]";
            var number = i + 1;
            var valueText = FormText.Clean(row.Value);
            var label = FormText.Clean(row.Label);
            var description = FormText.Clean(row.Description);
            int? value = null;
            if (valueText is null)
            {
                modelState.AddModelError($"{key}.Value", $"Niveau {number}: skriv en værdi (et helt tal).");
            }
            else if (int.TryParse(valueText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && Math.Abs(parsed) <= 1000)
            {
                value = parsed;
                if (valueRows.TryGetValue(parsed, out var first))
                {
                    modelState.AddModelError($"{key}.Value", $"Niveau {number}: værdien {parsed} bruges allerede i niveau {first}. Hver værdi må kun bruges én gang.");
                    value = null;
                }
                else
                {
                    valueRows[parsed] = number;
                }
            }
            else
            {
                modelState.AddModelError($"{key}.Value", $"Niveau {number}: værdien skal være et helt tal fra -1000 til 1000, fx 0, 1 eller 2.");
            }

            if (label is null)
            {
                modelState.AddModelError($"{key}.Label", $"Niveau {number}: skriv en betegnelse.");
            }
            else if (labelRows.TryGetValue(label, out var first))
            {
                modelState.AddModelError($"{key}.Label", $"Niveau {number}: betegnelsen {label} bruges allerede i niveau {first}. Hver betegnelse må kun bruges én gang.");
                label = null;
            }
            else
            {
                labelRows[label] = number;
            }

            if (value is not null && label is not null)
            {
                levels.Add(new ScaleLevel { Value = value.Value, Label = label, Description = description });
            }
        }

        if (Levels.Count(l => !l.IsEmpty) < 2)
        {
            modelState.AddModelError(LevelsKey, "En skala skal have mindst 2 niveauer. Udfyld værdi og betegnelse i mindst to rækker.");
        }

        return modelState.IsValid ? levels : null;
    }

    /// <summary>True when the form holds exactly the stored name and levels (then no new version is made).</summary>
    public static bool Same(IndicatorScale scale, string name, List<ScaleLevel> levels) =>
        scale.Name == name
        && scale.Levels.Count == levels.Count
        && scale.Levels.Zip(levels).All(p => p.First.Value == p.Second.Value && p.First.Label == p.Second.Label && p.First.Description == p.Second.Description);
}

/// <summary>One row of the levels editor.</summary>
public sealed class LevelInput
{
    [TextLimit(TextLimits.Code)]
    public string? Value { get; set; }
    [TextLimit(IndicatorScale.MaxLevelLabel)]
    public string? Label { get; set; }
    [TextLimit(IndicatorScale.MaxLevelDescription)]
    public string? Description { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Description);
}
