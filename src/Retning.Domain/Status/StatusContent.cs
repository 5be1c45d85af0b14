namespace Retning.Domain.Status;

/// <summary>
/// Everything a status document shows, as plain values: built from the plan and the diary for a
/// draft, and stored as JSON in an approved <see cref="StatusRevision"/>, so the print view, the DOCX
/// and the PDF of an approved status are made from exactly what was approved. Only the chosen
/// sections and goals, and only what lies in the period, are in it (data minimisation).
/// </summary>
public sealed record StatusContent
{
    public required string CitizenName { get; init; }
    public required string MaskedCpr { get; init; }
    public required string Department { get; init; }
    public string? Municipality { get; init; }
    public string? Caseworker { get; init; }
    public required StatusLayout Layout { get; init; }
    public required DateOnly PeriodFrom { get; init; }
    public required DateOnly PeriodTo { get; init; }
    public required DateOnly StatusDate { get; init; }
    public required int RevisionNumber { get; init; }
    public string? ApprovedBy { get; init; }
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>
    /// The municipality's purposes with the effort, which the status answers to: every purpose of the
    /// citizen, each in its newest wording received by the end of the period.
    /// </summary>
    public IReadOnlyList<PurposeContent> Purposes { get; init; } = [];

    /// <summary>Who sends the status (the offer, its department and the contact team); null in statuses approved before it was kept.</summary>
    public SenderContent? Sender { get; init; }

    public IReadOnlyList<SectionContent> Sections { get; init; } = [];
    public IReadOnlyList<GoalContent> Goals { get; init; } = [];

    /// <summary>
    /// Whether every score is listed in an appendix (the contact team's choice): the status itself
    /// summarises a sub-goal's scores per month (<see cref="MonthlyScoreSummary"/>).
    /// </summary>
    public bool ScoresAppendix { get; init; }

    /// <summary>"Agnes Madsen · 01-03-2026–31-08-2026": on every page of the documents.</summary>
    public string RunningHeader => $"{CitizenName} · status {PeriodFrom.ToDanishDate()}–{PeriodTo.ToDanishDate()}";
}

/// <summary>A purpose as the municipality worded it, under the short title staff know it by (empty in statuses approved before titles were kept).</summary>
public sealed record PurposeContent(string Title, string Text);

/// <summary>The sender block on the first page: the offer with its address and phone, the department, and the contact team the caseworker can call or write to.</summary>
public sealed record SenderContent
{
    public required string Offer { get; init; }
    public required string Department { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<ContactPersonContent> ContactTeam { get; init; } = [];
}

/// <summary>A contact team member as the caseworker reaches them.</summary>
public sealed record ContactPersonContent(string Name, string? Phone, string? Email);

/// <summary>One included section with its titles (in the layout's words) and texts.</summary>
public sealed record SectionContent(StatusSectionKey Key, string Heading, string SinceTitle, string? Since, string? AheadTitle, string? Ahead);

/// <summary>An included goal or sub-goal as it stood: what, why, how, its evaluations in the period and, for a scored sub-goal, the indicator results.</summary>
public sealed record GoalContent
{
    public required Guid Id { get; init; }
    public Guid? ParentId { get; init; }
    public required string Theme { get; init; }
    public required string Text { get; init; }
    public bool IsSubGoal { get; init; }
    public string? Rationale { get; init; }
    public IReadOnlyList<string> Interventions { get; init; } = [];
    public required string State { get; init; }
    public IReadOnlyList<EvaluationContent> Evaluations { get; init; } = [];
    public IndicatorContent? Indicator { get; init; }
}

/// <summary>An evaluation in the period: the day, the decision and its qualitative conclusion.</summary>
public sealed record EvaluationContent(DateOnly On, string Decision, string Conclusion, string? QuantitativeComment);

/// <summary>
/// A scored sub-goal's results in the period: the scores (for the chart and its table), the
/// trend in words, and the response rate with its verdict.
/// </summary>
public sealed record IndicatorContent
{
    public required string ScaleName { get; init; }

    /// <summary>The scale's levels, lowest first (for the chart's axis).</summary>
    public IReadOnlyList<ScaleLevelContent> Levels { get; init; } = [];

    public IReadOnlyList<ScoreContent> Scores { get; init; } = [];
    public string? Trend { get; init; }
    public string? ResponseRate { get; init; }
}

public sealed record ScaleLevelContent(int Value, string Label);

public sealed record ScoreContent(DateOnly On, int Value, string Label);
