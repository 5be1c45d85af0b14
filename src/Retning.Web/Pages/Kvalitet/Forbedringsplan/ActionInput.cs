using System.Globalization;
using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet.Forbedringsplan;

/// <summary>The action form's fields (indicator 9): what it is, why, who and when, how it lasts, and the figure it should move.</summary>
public sealed class ActionInput
{
    [TextLimit(ImprovementAction.MaxTitle)]
    public string? Title { get; set; }

    [TextLimit(ImprovementAction.MaxText)]
    public string? Finding { get; set; }

    public List<int> Indicators { get; set; } = [];

    public Guid? OwnerUserId { get; set; }

    public DateOnly? DueOn { get; set; }

    [TextLimit(ImprovementAction.MaxText)]
    public string? MadeToLast { get; set; }

    /// <summary>"figur:evalueringer-til-tiden" or "indikator:7".</summary>
    [TextLimit(80)]
    public string? Figure { get; set; }

    public FigureDirection? Direction { get; set; }

    [TextLimit(20)]
    public string? BeforeValue { get; set; }

    public DateOnly? BeforeReadOn { get; set; }

    public int Version { get; set; }

    public static string FigureChoice(ActionFigureKind kind, string key) => kind == ActionFigureKind.ManagementFigure ? $"figur:{key}" : $"indikator:{key}";

    public static (ActionFigureKind Kind, string Key)? ParseFigure(string? choice) => choice?.Split(':', 2) switch
    {
        ["figur", var slug] when Retning.Domain.Insight.FigureCatalog.FromSlug(slug) is not null => (ActionFigureKind.ManagementFigure, slug),
        ["indikator", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var i) && QualityIndicatorText.Monitored.Contains((QualityIndicator)i) => (ActionFigureKind.NextRoundIndicator, n),
        _ => null,
    };

    /// <summary>A typed number: "37,5" or "37.5"; null when empty or not a number.</summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static string? FormatNumber(decimal? value) => value?.ToString("0.##", CultureInfo.GetCultureInfo("da-DK"));

    /// <summary>The form's errors at its fields, in Danish, beside the model binder's.</summary>
    public IEnumerable<FieldError> Check(IReadOnlySet<Guid> owners, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Title)) yield return new FieldError(nameof(Title), "Skriv en titel på tiltaget.");
        if (string.IsNullOrWhiteSpace(Finding)) yield return new FieldError(nameof(Finding), "Skriv det fund, tiltaget svarer på.");
        if (Indicators.Count == 0 || Indicators.Any(i => !Enum.IsDefined((QualityIndicator)i)))
            yield return new FieldError(nameof(Indicators), "Vælg mindst én indikator, tiltaget svarer på.");
        if (OwnerUserId is not { } owner || !owners.Contains(owner)) yield return new FieldError(nameof(OwnerUserId), "Vælg en ansvarlig i rundens afdelinger.");
        if (DueOn is null) yield return new FieldError(nameof(DueOn), "Angiv en frist.");
        else if (DueOn < today.AddYears(-1) || DueOn > today.AddYears(5)) yield return new FieldError(nameof(DueOn), "Fristen skal ligge højst et år tilbage og højst fem år frem.");
        if (ParseFigure(Figure) is null) yield return new FieldError(nameof(Figure), "Vælg det tal, tiltaget skal flytte.");
        if (Direction is null) yield return new FieldError(nameof(Direction), "Vælg, om tallet skal op eller ned.");
        if (!string.IsNullOrWhiteSpace(BeforeValue) && ParseNumber(BeforeValue) is null) yield return new FieldError(nameof(BeforeValue), "Skriv tallet før som et tal, fx 37,5.");
        if (!string.IsNullOrWhiteSpace(BeforeValue) && BeforeReadOn is null) yield return new FieldError(nameof(BeforeReadOn), "Angiv, hvornår tallet før blev læst.");
    }

    public static ActionInput From(ImprovementAction a) => new()
    {
        Title = a.Title, Finding = a.Finding, Indicators = [.. IndicatorSet.In(a.Indicators).Select(i => (int)i)], OwnerUserId = a.OwnerUserId,
        DueOn = a.DueOn, MadeToLast = a.MadeToLast, Figure = FigureChoice(a.FigureKind, a.FigureKey), Direction = a.FigureDirection,
        BeforeValue = FormatNumber(a.BeforeValue), BeforeReadOn = a.BeforeReadOn, Version = a.Version,
    };

    /// <summary>Writes the checked form onto the action.</summary>
    public void ApplyTo(ImprovementAction a)
    {
        var (kind, key) = ParseFigure(Figure)!.Value;
        a.Title = FormText.Clean(Title)!;
        a.Finding = FormText.Clean(Finding)!;
        a.Indicators = IndicatorSet.Of(Indicators.Select(i => (QualityIndicator)i));
        a.OwnerUserId = OwnerUserId!.Value;
        a.DueOn = DueOn!.Value;
        a.MadeToLast = FormText.Clean(MadeToLast);
        a.FigureKind = kind;
        a.FigureKey = key;
        a.FigureDirection = Direction!.Value;
        a.BeforeValue = ParseNumber(BeforeValue);
        a.BeforeReadOn = a.BeforeValue is null ? null : BeforeReadOn;
    }
}

/// <summary>The status form: the move, a note, and what the move asks for (how it lasts; the readings before and after).</summary>
public sealed class MoveInput
{
    public ImprovementActionStatus? Status { get; set; }

    [TextLimit(ImprovementActionChange.MaxNote)]
    public string? Note { get; set; }

    [TextLimit(ImprovementAction.MaxText)]
    public string? MadeToLast { get; set; }

    [TextLimit(20)]
    public string? BeforeValue { get; set; }

    public DateOnly? BeforeReadOn { get; set; }

    [TextLimit(20)]
    public string? AfterValue { get; set; }

    public DateOnly? AfterReadOn { get; set; }

    public int Version { get; set; }

    public FigureReading? Before => ActionInput.ParseNumber(BeforeValue) is { } v && BeforeReadOn is { } on ? new FigureReading(v, on) : null;

    public FigureReading? After => ActionInput.ParseNumber(AfterValue) is { } v && AfterReadOn is { } on ? new FigureReading(v, on) : null;
}
