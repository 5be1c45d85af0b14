using Retning.Domain.Plans;

namespace Retning.Domain.Deadlines;

/// <summary>
/// Everything the engine needs about one citizen, as plain values so the web layer can fill it
/// from the database (and tests by hand). Lists default to empty; the web layer decides how
/// much history to load (done items are reported for what it loads).
/// </summary>
public sealed record DeadlineInput(CitizenFacts Citizen)
{
    /// <summary>
    /// Months between status meetings from a documented agreement with the municipality (the regional
    /// guideline, note 5: "kommuner ønsker, at der gøres status hvert andet år" → 24); null follows the age rule.
    /// </summary>
    public int? AgreedStatusIntervalMonths { get; init; }

    /// <summary>The citizen's plan; null when none exists yet.</summary>
    public PlanFacts? Plan { get; init; }

    /// <summary>The plan's goals and sub-goals, in any state.</summary>
    public IReadOnlyList<GoalFacts> Goals { get; init; } = [];

    /// <summary>The purposes received from the municipality (any revision counts as received).</summary>
    public IReadOnlyList<PurposeFacts> Purposes { get; init; } = [];

    public IReadOnlyList<ConsentFacts> Consents { get; init; } = [];

    /// <summary>The days DPUs were made (including any from before enrolment).</summary>
    public IReadOnlyList<DateOnly> DpuMadeOn { get; init; } = [];

    /// <summary>Status meetings held or planned (cancelled ones left out).</summary>
    public IReadOnlyList<StatusMeetingFacts> StatusMeetings { get; init; } = [];

    /// <summary>The latest status known from before the meetings in <see cref="StatusMeetings"/> (e.g. an earlier system); null when none.</summary>
    public DateOnly? LastStatusOn { get; init; }

    /// <summary>The department's planned team meetings, when known; a new goal is reviewed at the first one after it was made.</summary>
    public IReadOnlyList<DateOnly> TeamMeetingsOn { get; init; } = [];

    /// <summary>Statuses and minutes handed to the department head for approval, or to colleagues for sparring.</summary>
    public IReadOnlyList<ReviewFacts> Reviews { get; init; } = [];
    /// <summary>Requests to revise the plan, from evaluations and status meetings (<see cref="RevisionDeadlines"/>).</summary>
    public IReadOnlyList<PlanRevisionFacts> PlanRevisions { get; init; } = [];

    /// <summary>Status meetings at which the municipality revised the purpose, with the purpose revisions received since (<see cref="RevisionDeadlines"/>).</summary>
    public IReadOnlyList<RevisedPurposeFacts> RevisedPurposes { get; init; } = [];
}

/// <summary>The citizen: id, birth date (for the 18th birthday and the status cadence), enrolment and discharge.</summary>
public sealed record CitizenFacts(Guid Id, DateOnly BirthDate, DateOnly EnrolledOn, DateOnly? DischargedOn = null);

/// <summary>
/// The plan: its id, the day it was made, the template it is written on, its periods, whether the
/// autonomic compass is begun (<see cref="AssessmentSchedule.CompassBegun"/>) and when it was
/// last written, and the day it moved to the adults' template, when it did.
/// </summary>
public sealed record PlanFacts(Guid Id, DateOnly CreatedOn, TemplateKind Template)
{
    public IReadOnlyList<PeriodFacts> Periods { get; init; } = [];
    public bool CompassBegun { get; init; }
    public DateOnly? CompassUpdatedOn { get; init; }
    public DateOnly? MovedToAdultTemplateOn { get; init; }
}

/// <summary>A plan period: started, and closed when it is.</summary>
public sealed record PeriodFacts(Guid Id, DateOnly StartedOn, DateOnly? ClosedOn = null);

/// <summary>
/// A goal or sub-goal. <paramref name="ReviewedAtTeamMeeting"/> is false for a new goal not yet
/// reviewed at a team meeting; a goal with an evaluation counts as reviewed.
/// </summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Text">The goal's text.</param>
/// <param name="IsSubGoal">True for a sub-goal.</param>
/// <param name="State">The goal's state.</param>
/// <param name="StartOn">The goal's start date.</param>
/// <param name="NextEvaluationOn">The next evaluation's date, when set.</param>
/// <param name="IntervalMonths">Months between evaluations, when set.</param>
/// <param name="ReviewedAtTeamMeeting">Whether a team meeting has reviewed the goal.</param>
/// <param name="LastEvaluation">The latest evaluation: its day, the evaluation's id, and the date it was due (the previous next-evaluation date) when known.</param>
/// <param name="CreatedOn">The day the goal was made; null means its start date.</param>
public sealed record GoalFacts(
    Guid Id,
    string Text,
    bool IsSubGoal,
    GoalState State,
    DateOnly StartOn,
    DateOnly? NextEvaluationOn,
    int? IntervalMonths,
    bool ReviewedAtTeamMeeting,
    Completion? LastEvaluation = null,
    DateOnly? CreatedOn = null);

/// <summary>Something done: the day, the evidence (evaluation, status report, minutes …) and, when known, the day it was due.</summary>
public sealed record Completion(DateOnly On, Guid? EvidenceId = null, DateOnly? WasDueOn = null);

/// <summary>A purpose received from the municipality.</summary>
public sealed record PurposeFacts(Guid Id, DateOnly ReceivedOn);

/// <summary>A consent: for what, given, its review date when set, withdrawn when it is, and its last valid day when it has one.</summary>
public sealed record ConsentFacts(Guid Id, string What, DateOnly GivenOn, DateOnly? ReviewOn = null, DateOnly? WithdrawnOn = null, DateOnly? ValidTo = null);

/// <summary>A status meeting held or planned, with the sending of the status and of the minutes when done.</summary>
public sealed record StatusMeetingFacts(Guid Id, DateOnly On, Completion? StatusSent = null, Completion? MinutesSent = null);

/// <summary>What a status or the minutes were handed over for.</summary>
public enum ReviewKind
{
    StatusApproval = 1,
    MinutesApproval = 2,
    StatusSparring = 3,
}

/// <summary>
/// A status (or the minutes of a meeting) handed over on <paramref name="SentOn"/> for approval or
/// sparring; <paramref name="Closed"/> when it was approved, sent back or moved on (the evidence
/// is the status or meeting). <paramref name="SendBy"/> is the day the status or minutes must
/// leave the offer (the meeting's send deadline), when there is one: approval cannot wait past it.
/// </summary>
/// <param name="Kind">What it was handed over for.</param>
/// <param name="SubjectId">The status report (or, for minutes, the meeting).</param>
/// <param name="What">A short description for the title, e.g. "status 01-06-2026 – 30-11-2026".</param>
/// <param name="SentOn">The day it was handed over.</param>
/// <param name="Closed">The day it was approved, sent back or moved on (with the evidence), once it is.</param>
/// <param name="SendBy">The meeting's send deadline, when there is one.</param>
public sealed record ReviewFacts(ReviewKind Kind, Guid SubjectId, string What, DateOnly SentOn, Completion? Closed = null, DateOnly? SendBy = null);
