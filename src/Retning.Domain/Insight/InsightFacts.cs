using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Domain.Insight;

// The rows the management figures are computed from: read once per request by the web layer for
// the departments in scope, then classified by the pure functions beside this file
// (docs/domain.md, "Management information"). Only ids, dates and codes: no names, no texts.

/// <summary>A department with what the figures are broken down and filtered by.</summary>
public sealed record DepartmentFact(Guid Id, string Name, Guid OfferId, string OfferName, Area Area, string LegalBasis, int ResponseRateThresholdPercent = 70);

/// <summary>A stay in a department; <see cref="To"/> null while it lasts.</summary>
public sealed record Stay(Guid DepartmentId, DateOnly From, DateOnly? To);

/// <summary>A citizen with the stays that say where they were on each day.</summary>
public sealed record CitizenFact(Guid Id, DateOnly EnrolledOn, DateOnly? DischargedOn, string? TargetGroup, IReadOnlyList<Stay> Stays)
{
    /// <summary>The department the citizen lived in on <paramref name="day"/>, or null when not enrolled that day.</summary>
    public Guid? DepartmentOn(DateOnly day)
    {
        if (day < EnrolledOn || DischargedOn is { } out_ && day > out_)
        {
            return null;
        }

        // The latest stay that began on or before the day: a move on a day counts for the new department.
        Stay? found = null;
        foreach (var stay in Stays)
        {
            if (stay.From <= day && (stay.To is null || stay.To.Value >= day) && (found is null || stay.From >= found.From))
            {
                found = stay;
            }
        }

        return found?.DepartmentId;
    }

    /// <summary>Every department the citizen lived in on some day of the period while enrolled.</summary>
    public IReadOnlyList<Guid> DepartmentsDuring(ReportPeriod period)
    {
        var from = EnrolledOn > period.From ? EnrolledOn : period.From;
        var to = DischargedOn is { } d && d < period.To ? d : period.To;
        return from > to
            ? []
            : [.. Stays.Where(s => s.From <= to && (s.To is null || s.To.Value >= from)).Select(s => s.DepartmentId).Distinct()];
    }

    /// <summary>The department on the period's last enrolled day (where a snapshot at the period's end counts the citizen).</summary>
    public Guid? DepartmentAtEndOf(ReportPeriod period)
    {
        var last = DischargedOn is { } d && d < period.To ? d : period.To;
        return last < period.From ? null : DepartmentOn(last);
    }
}

/// <summary>A state a goal took on from a day (the goal's history).</summary>
public sealed record StateFrom(DateOnly FromOn, GoalState State);

/// <summary>
/// A goal or sub-goal with what the figures read of it. <see cref="HasScale"/>: scored on an
/// indicator scale; <see cref="HasMeasure"/>: a scale or a measure stated in words (SMORT's M).
/// </summary>
public sealed record GoalFact(
    Guid Id,
    Guid CitizenId,
    Guid PlanId,
    Guid? ParentGoalId,
    string ThemeKey,
    GoalType Type,
    GoalState State,
    DateOnly StartOn,
    DateOnly? EndOn,
    DateOnly CreatedOn,
    int? IntervalMonths,
    bool HasPurpose,
    bool HasCitizenParticipation,
    bool HasScale,
    bool HasMeasure,
    IReadOnlyList<StateFrom> History,
    ScoringFrequency? Frequency = null)
{
    public bool IsSubGoal => ParentGoalId is not null;

    /// <summary>The stretches the goal was Aktivt, from its history (worked out once: most figures ask).</summary>
    public IReadOnlyList<DateInterval> ActiveIntervals { get; } =
        SubGoalActivity.ActiveIntervals(StartOn, EndOn, State, History.Select(h => (h.FromOn, h.State)));
}

/// <summary>An evaluation of a goal or sub-goal.</summary>
public sealed record EvaluationFact(Guid Id, Guid GoalId, Guid CitizenId, DateOnly EvaluatedOn, EvaluationDecision Decision, DateOnly? NextEvaluationOn);

/// <summary>A citizen's plan as it reads today, with its assessment tools' dates.</summary>
public sealed record PlanFact(Guid Id, Guid CitizenId, bool HasPerspective, bool HasParticipation, DateOnly? RevisionOn, bool CompassBegun, IReadOnlyList<DateOnly> DpuMadeOn);

/// <summary>A status meeting.</summary>
public sealed record MeetingFact(Guid Id, Guid CitizenId, DateOnly On, DateOnly? CancelledOn, DateOnly? StatusSentOn, DateOnly? MinutesSentOn);

/// <summary>A received purpose or a revision of it, with the category the revision was given.</summary>
public sealed record PurposeFact(Guid PurposeId, Guid RevisionId, Guid CitizenId, DateOnly ReceivedOn, Guid? CategoryId);

/// <summary>
/// A scored sub-goal's readings in one period, as the database gives them: how many notes were
/// scored, how many said "Ikke vurderet", and the first and latest score with the scale version
/// each was given on (ordered by the time observed).
/// </summary>
public sealed record ScorePair(Guid SubGoalId, int ScoredNotes, int UnscoredNotes, int? First, Guid? FirstVersionId, int? Latest, Guid? LatestVersionId);
