namespace Retning.Domain.Deadlines;

/// <summary>The deadlines ("Frister") the system keeps for a citizen (DOMAIN.md, "Frister"; issue 5 item 3).</summary>
public enum DeadlineKind
{
    /// <summary>A goal or sub-goal is evaluated at a team meeting at least every 3 months (seed 001 "Evaluering af mål og delmål").</summary>
    EvaluationDue = 1,

    /// <summary>A new goal or sub-goal is reviewed at the first team meeting after it is made (seed 001: "gennemgås og evalueres de på førstkommende teammøde").</summary>
    NewGoalReview = 2,

    /// <summary>A status meeting is due: children twice a year, adults once (seed 001), or as agreed with the municipality (seed 002, note 5).</summary>
    StatusDue = 3,

    /// <summary>The status and agenda reach the caseworker at least 14 days before the status meeting (seed 001).</summary>
    StatusSendDeadline = 4,

    /// <summary>The minutes reach all participants within 7 days after the status meeting (seed 001).</summary>
    MinutesDue = 5,

    /// <summary>No purpose has been received from the municipality: ask for it (seed 002; DOMAIN.md "Formål").</summary>
    PurposeMissing = 6,

    /// <summary>A consent is reviewed, e.g. once a year (seed 004; DOMAIN.md "Samtykke").</summary>
    ConsentReview = 7,

    /// <summary>A DPU at the latest 1 year after enrolment, then at least every 2 years (seed 001).</summary>
    DpuDue = 8,

    /// <summary>The autonomic compass is begun half a year after enrolment (seed 001).</summary>
    CompassDue = 9,

    /// <summary>The plan's period is closed: children at least every 6 months, adults once a year (seed 001; DOMAIN.md "Periods").</summary>
    PeriodToClose = 10,

    /// <summary>The citizen turns 18: the plan moves from the children's template (ICS) to the adults' (VUM) (seed 001; DOMAIN.md "Borger").</summary>
    TurnsEighteen = 11,

    /// <summary>A status sent for approval is approved or sent back by the department head (seed 001 "Status godkendes af afdelingsleder").</summary>
    StatusApproval = 12,

    /// <summary>Minutes sent for approval are approved or sent back by the department head (seed 001: the minutes are approved by the leader).</summary>
    MinutesApproval = 13,

    /// <summary>Colleagues asked for feedback ("sparring") on a status comment before it goes for approval (seed 001).</summary>
    StatusSparring = 14,

    /// <summary>An evaluation or a status meeting found that the plan must be revised (seed 002; issue 10). Kinds from 20 on belong to revisions.</summary>
    PlanRevision = 20,

    /// <summary>The municipality revised the purpose at a status meeting: ask for the revised purpose (seed 002: "Tilbuddet skal sikre, at det reviderede formål efterspørges").</summary>
    RevisedPurposeAwaited = 21,
}

public static class DeadlineKindText
{
    /// <summary>A short Danish label for filters and badges.</summary>
    public static string Danish(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.EvaluationDue => "Evaluering",
        DeadlineKind.NewGoalReview => "Nyt mål til teammøde",
        DeadlineKind.StatusDue => "Statusmøde",
        DeadlineKind.StatusSendDeadline => "Status sendes",
        DeadlineKind.MinutesDue => "Referat",
        DeadlineKind.PurposeMissing => "Formål mangler",
        DeadlineKind.ConsentReview => "Samtykke",
        DeadlineKind.DpuDue => "DPU",
        DeadlineKind.CompassDue => "Autonomt kompas",
        DeadlineKind.PeriodToClose => "Periode lukkes",
        DeadlineKind.TurnsEighteen => "Fylder 18 år",
        DeadlineKind.StatusApproval => "Status til godkendelse",
        DeadlineKind.MinutesApproval => "Referat til godkendelse",
        DeadlineKind.StatusSparring => "Status til sparring",
        DeadlineKind.PlanRevision => "Revidér planen",
        DeadlineKind.RevisedPurposeAwaited => "Revideret formål",
        _ => kind.ToString(),
    };
}
