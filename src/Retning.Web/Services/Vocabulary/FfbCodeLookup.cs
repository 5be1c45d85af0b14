using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;

namespace Retning.Web.Services.Vocabulary;

/// <summary>
/// The FFB code (code, display, system, version) of a theme, a scale level, a goal type or an
/// evaluation decision, for the API and the FHIR export (docs/adr/0018-ffb-vocabulary.md): the
/// built-in code first, then the administrator's mapping, else null. Reads no citizen data.
/// For many themes and levels at once (a whole plan), load one <see cref="FfbResolver"/> with
/// <see cref="ResolverAsync"/> and ask it; the single-item methods each cost a query or two.
/// </summary>
public sealed class FfbCodeLookup(AppDbContext db)
{
    public static FfbCodeSystem CodeSystem => FfbCodeSystem.Current;

    /// <summary>A resolver holding the administrator's mappings for these templates and scales.</summary>
    public async Task<FfbResolver> ResolverAsync(IEnumerable<Guid> templateIds, IEnumerable<Guid> scaleIds, CancellationToken ct)
    {
        var owners = templateIds.Concat(scaleIds).Distinct().ToArray();
        var mappings = owners.Length == 0
            ? []
            : await db.FfbMappings.AsNoTracking().Where(m => owners.Contains(m.OwnerId)).ToListAsync(ct);
        return new FfbResolver(CodeSystem, mappings);
    }

    /// <summary>The code of a theme of a template; null for an unknown template or an unmapped local theme.</summary>
    public async Task<FfbCoding?> ThemeAsync(Guid templateId, string themeKey, CancellationToken ct)
    {
        var kind = await db.PlanTemplates.AsNoTracking().Where(t => t.Id == templateId).Select(t => (TemplateKind?)t.Kind).FirstOrDefaultAsync(ct);
        if (kind is not { } k)
        {
            return null;
        }

        var resolver = await ResolverAsync([templateId], [], ct);
        return resolver.Theme(k, templateId, themeKey);
    }

    /// <summary>
    /// The code of a score on a scale: on the levels of the scale version the score was given on
    /// (<paramref name="scaleVersion"/>), or the current levels when null. A null value is "Ikke vurderet".
    /// </summary>
    public async Task<FfbCoding?> ScaleLevelAsync(Guid scaleId, int? scaleVersion, int? value, CancellationToken ct)
    {
        var levels = scaleVersion is { } number
            ? (await db.IndicatorScaleVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ScaleId == scaleId && v.Number == number, ct))?.Levels
            : (await db.IndicatorScales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scaleId, ct))?.Levels;
        if (levels is null)
        {
            return null;
        }

        var resolver = await ResolverAsync([], [scaleId], ct);
        return resolver.ScaleLevel(scaleId, levels, value);
    }

    public static FfbCoding GoalType(GoalType type) => new FfbResolver(CodeSystem, []).GoalType(type);

    /// <summary>Null for a decision FFB has no code for (<see cref="FfbCodes.DecisionsWithoutCode"/> says why).</summary>
    public static FfbCoding? Decision(EvaluationDecision decision) => new FfbResolver(CodeSystem, []).Decision(decision);
}
