using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Domain.Vocabulary;

/// <summary>
/// Answers the FFB code of a theme, a scale level, a goal type or an evaluation decision: the built-in
/// code (<see cref="FfbCodes"/>) first, then the administrator's mapping (<see cref="FfbMapping"/>),
/// else null (docs/adr/0018-ffb-vocabulary.md). Pure: the caller loads the mappings it needs.
/// </summary>
public sealed class FfbResolver(FfbCodeSystem codes, IEnumerable<FfbMapping> mappings)
{
    private readonly Dictionary<(FfbKind, Guid, string), string> mapped =
        mappings.ToDictionary(m => (m.Kind, m.OwnerId, m.ItemKey), m => m.Code);

    public FfbCodeSystem CodeSystem => codes;

    /// <summary>A theme of a template: built-in for the FFB template's own keys, else the administrator's mapping.</summary>
    public FfbCoding? Theme(TemplateKind kind, Guid templateId, string key) =>
        BuiltInTheme(kind, key) is { } builtIn
            ? codes.Coding(builtIn.Code)
            : Mapped(FfbKind.Theme, templateId, key);

    /// <summary>
    /// A score on a scale version with these levels; null <paramref name="value"/> = not scored ("Ikke vurderet").
    /// Built-in for the FFB support-need scale as shipped, else the administrator's mapping of the value.
    /// </summary>
    public FfbCoding? ScaleLevel(Guid scaleId, IEnumerable<ScaleLevel> levels, int? value)
    {
        if (value is not { } v)
        {
            return codes.Coding(FfbCodes.NotAssessed.Code);
        }

        return BuiltInLevel(levels, v) is { } builtIn
            ? codes.Coding(builtIn.Code)
            : Mapped(FfbKind.SupportNeedLevel, scaleId, FfbMapping.LevelKey(v));
    }

    public FfbCoding GoalType(GoalType type) => codes.Coding(FfbCodes.GoalTypes[type].Code)!;

    /// <summary>Null for a decision FFB has no code for (<see cref="FfbCodes.DecisionsWithoutCode"/>).</summary>
    public FfbCoding? Decision(EvaluationDecision decision) =>
        FfbCodes.Decisions.TryGetValue(decision, out var c) ? codes.Coding(c.Code) : null;

    public static FfbBuiltIn? BuiltInTheme(TemplateKind kind, string key) =>
        kind == TemplateKind.Ffb && FfbCodes.Themes.TryGetValue(key, out var c) ? c : null;

    public static FfbBuiltIn? BuiltInLevel(IEnumerable<ScaleLevel> levels, int value) =>
        FfbCodes.IsFfbSupportNeedScale(levels) && FfbCodes.SupportNeedLevels.TryGetValue(value, out var c) ? c : null;

    // A stored code the shipped code system no longer has answers null rather than a code nobody can read.
    private FfbCoding? Mapped(FfbKind kind, Guid ownerId, string key) =>
        mapped.TryGetValue((kind, ownerId, key), out var code) && codes.Allows(kind, code) ? codes.Coding(code) : null;
}
