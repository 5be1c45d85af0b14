namespace Retning.Domain.Insight;

/// <summary>The management figures (docs/domain.md, "Management information"); each has a <see cref="FigureDefinition"/>.</summary>
public enum FigureKey
{
    Citizens = 1,
    Plans = 2,
    Goals = 3,
    SubGoals = 4,
    PurposesReceived = 10,
    CitizensWithPurpose = 11,
    GoalsClosed = 20,
    EvaluationDecisions = 21,
    SupportNeedChange = 30,
    EvaluationsOnTime = 40,
    NewGoalsReviewed = 41,
    StatusSentOnTime = 42,
    MinutesSentOnTime = 43,
    DpuOnTime = 44,
    CompassBegun = 45,
    PlanRevisionDate = 46,
    PlanPerspective = 50,
    GoalParticipation = 51,
    SmortChecks = 52,
    ResponseRate = 60,
}

/// <summary>The groups the figures are shown in, in the page's order.</summary>
public enum FigureGroup
{
    Volume = 1,
    Purposes = 2,
    Attainment = 3,
    SupportNeed = 4,
    Timeliness = 5,
    Participation = 6,
    ResponseRate = 7,
}
