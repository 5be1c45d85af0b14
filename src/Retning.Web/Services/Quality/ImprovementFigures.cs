using Retning.Domain.Insight;
using Retning.Domain.Quality;
using Retning.Web.Services.Insight;

namespace Retning.Web.Services.Quality;

/// <summary>
/// The figure an improvement action names, read now (docs/domain.md, "Quality monitoring", indicator 9): a
/// management figure over the round's departments for the last 12 whole months (its share, or its count for a
/// figure that only counts), or an indicator's share met — in this round before the action, in the latest later
/// round on the same departments after it. A reading is a proposal the form shows with its date; the user may
/// change it.
/// </summary>
public sealed class ImprovementFigures(InsightCache insight, RoundReportReader rounds, AppDbContext db)
{
    /// <summary>The management figures an action can name, as the select shows them.</summary>
    public static IReadOnlyList<FigureDefinition> Choices => FigureCatalog.All;

    /// <summary>The figure's name: "Evalueringer til tiden (ledelsesinformation)", "Indikator 7 i næste runde".</summary>
    public static string NameOf(ActionFigureKind kind, string key) => kind == ActionFigureKind.ManagementFigure
        ? FigureCatalog.FromSlug(key) is { } f ? $"{f.Title} (ledelsesinformation)" : key
        : int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var n) ? $"Indikator {n} i næste runde" : key;

    /// <summary>True when the figure is a share in percent (every indicator, and the management figures with a rate).</summary>
    public static bool IsPercent(ActionFigureKind kind, string key) =>
        kind != ActionFigureKind.ManagementFigure || FigureCatalog.FromSlug(key) is not { HasRate: false };

    /// <summary>The figure before the action: the management figure today, or the indicator's share in this round.</summary>
    public async Task<FigureReading?> BeforeAsync(RoundReport round, ActionFigureKind kind, string key, DateOnly today, CancellationToken ct) =>
        kind == ActionFigureKind.ManagementFigure
            ? await ManagementAsync(round, key, today, ct)
            : Indicator(key) is { } i && round.ResultOf(i).ShareMet is { } share ? new FigureReading(share, round.Round.CompletedOn ?? today) : null;

    /// <summary>The figure after the action: the management figure today, or the indicator's share in the latest later round.</summary>
    public async Task<FigureReading?> AfterAsync(RoundReport round, ActionFigureKind kind, string key, DateOnly today, CancellationToken ct)
    {
        if (kind == ActionFigureKind.ManagementFigure)
        {
            return await ManagementAsync(round, key, today, ct);
        }

        if (Indicator(key) is not { } indicator)
        {
            return null;
        }

        var departmentIds = round.Departments.Select(d => d.Id).ToList();
        var later = await db.MonitoringRounds.AsNoTracking()
            .Where(r => r.Id != round.Round.Id && r.CreatedUtc > round.Round.CreatedUtc && r.Departments.Any(d => departmentIds.Contains(d.DepartmentId)))
            .OrderByDescending(r => r.CreatedUtc).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return later != Guid.Empty && await rounds.LoadAsync(later, ct) is { } next && next.ResultOf(indicator).ShareMet is { } share
            ? new FigureReading(share, next.Round.CompletedOn ?? today)
            : null;
    }

    private async Task<FigureReading?> ManagementAsync(RoundReport round, string slug, DateOnly today, CancellationToken ct)
    {
        if (FigureCatalog.FromSlug(slug) is not { } figure)
        {
            return null;
        }

        var period = ReportPeriod.For(PeriodChoice.Last12Months, today);
        var data = await insight.ReadAsync([.. round.Departments.Select(d => d.Id)], period, ct);
        var value = FigureValue.Of(Figures.Count(figure.Key, data, period, today));
        return figure.HasRate
            ? value.Percent is { } percent ? new FigureReading(percent, today) : null
            : new FigureReading(value.Rows, today);
    }

    private static QualityIndicator? Indicator(string key) =>
        int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var n) && QualityIndicatorText.Monitored.Contains((QualityIndicator)n)
            ? (QualityIndicator)n
            : null;
}
