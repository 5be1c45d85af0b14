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
    /// Checks the form (<see cref="ScaleFormRules"/>) and returns the levels in the order typed
    /// (empty rows left out), or null with the Danish messages at the fields.
    /// <paramref name="otherNames"/> are the offer's other scales.
    /// </summary>
    public List<ScaleLevel>? Validate(ModelStateDictionary modelState, IEnumerable<string> otherNames)
    {
        var (levels, errors) = ScaleFormRules.Check(Name, [.. Levels.Select(l => new ScaleLevelDraft(l.Value, l.Label, l.Description))], otherNames);
        modelState.AddFieldErrors(errors);
        return modelState.IsValid ? [.. levels] : null;
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
