namespace Retning.Domain.Quality;

/// <summary>What an action names as the figure that should move: a management-information figure or an indicator's result in the next round.</summary>
public enum ActionFigureKind
{
    ManagementFigure = 1,
    NextRoundIndicator = 2,
}

/// <summary>
/// An action of a round's improvement plan (standard 1.3 step 4, indicator 9; docs/domain.md, "Quality monitoring"):
/// prompted by findings on indicators, owned by someone with a deadline, made to last in a written way, and judged by
/// whether the figure it names moved (<see cref="ImprovementActionRules"/>). Not citizen data.
/// </summary>
public class ImprovementAction : IVersioned
{
    public const int MaxTitle = 200;
    public const int MaxText = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RoundId { get; set; }
    public required string Title { get; set; }

    /// <summary>The finding(s) of the round that prompted the action, in words.</summary>
    public required string Finding { get; set; }

    /// <summary>The indicators the action answers, as a set of bits: 1 &lt;&lt; indicator number (<see cref="IndicatorSet"/>).</summary>
    public int Indicators { get; set; }

    public Guid OwnerUserId { get; set; }
    public DateOnly DueOn { get; set; }
    public ImprovementActionStatus Status { get; set; } = ImprovementActionStatus.Planned;

    /// <summary>How the action is made to last ("hvordan tiltagene sikres implementeret").</summary>
    public string? MadeToLast { get; set; }

    public DateOnly? DoneOn { get; set; }

    public ActionFigureKind FigureKind { get; set; }

    /// <summary>Which figure: a management figure's key, or the indicator's number for the next round.</summary>
    public required string FigureKey { get; set; }

    public FigureDirection FigureDirection { get; set; }

    public decimal? BeforeValue { get; set; }
    public DateOnly? BeforeReadOn { get; set; }
    public decimal? AfterValue { get; set; }
    public DateOnly? AfterReadOn { get; set; }

    public DateOnly? VerifiedOn { get; set; }
    public Guid? VerifiedByUserId { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; }

    public List<ImprovementActionChange> Changes { get; set; } = [];

    public FigureReading? Before => BeforeValue is { } v && BeforeReadOn is { } on ? new FigureReading(v, on) : null;
    public FigureReading? After => AfterValue is { } v && AfterReadOn is { } on ? new FigureReading(v, on) : null;
}

/// <summary>A status change of an action, kept so a verdict of "no effect" stays in the action's history.</summary>
public class ImprovementActionChange
{
    public const int MaxNote = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ActionId { get; set; }
    public ImprovementActionStatus From { get; set; }
    public ImprovementActionStatus To { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid ByUserId { get; set; }
    public string? Note { get; set; }
    public decimal? BeforeValue { get; set; }
    public decimal? AfterValue { get; set; }
}

/// <summary>A set of indicators stored as bits (1 &lt;&lt; number), so one action can answer several.</summary>
public static class IndicatorSet
{
    public static int Of(IEnumerable<QualityIndicator> indicators) => indicators.Aggregate(0, (set, i) => set | (1 << (int)i));

    public static IReadOnlyList<QualityIndicator> In(int set) =>
        Enum.GetValues<QualityIndicator>().Where(i => (set & (1 << (int)i)) != 0).ToList();
}
