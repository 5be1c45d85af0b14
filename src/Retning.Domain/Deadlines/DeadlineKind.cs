namespace Retning.Domain.Deadlines;

/// <summary>The deadlines ("Frister") the system keeps for a citizen (docs/domain.md, "Tasks and deadlines").</summary>
public enum DeadlineKind
{
    /// <summary>A goal or sub-goal is evaluated at a team meeting at least every 3 months (the children's homes' guideline, "Evaluering af mål og delmål").</summary>
    EvaluationDue = 1,

    /// <summary>A new goal or sub-goal is reviewed at the first team meeting after it is made (the children's homes' guideline: "gennemgås og evalueres de på førstkommende teammøde").</summary>
    NewGoalReview = 2,

    /// <summary>A status meeting is due: children twice a year, adults once, or as agreed with the municipality (docs/domain.md, "Status meetings and minutes").</summary>
    StatusDue = 3,

    /// <summary>The status and agenda reach the caseworker at least 14 days before the status meeting (docs/domain.md, "Status meetings and minutes").</summary>
    StatusSendDeadline = 4,

    /// <summary>The minutes reach all participants within 7 days after the status meeting (docs/domain.md, "Status meetings and minutes").</summary>
    MinutesDue = 5,

    /// <summary>No purpose has been received from the municipality: ask for it (docs/domain.md, "Purposes").</summary>
    PurposeMissing = 6,

    /// <summary>A consent is reviewed, e.g. once a year (docs/domain.md, "Consents and disclosures").</summary>
    ConsentReview = 7,

    /// <summary>A DPU at the latest 1 year after enrolment, then at least every 2 years (docs/domain.md, "The individual plan").</summary>
    DpuDue = 8,

    /// <summary>The autonomic compass is begun half a year after enrolment (docs/domain.md, "The individual plan").</summary>
    CompassDue = 9,

    /// <summary>The plan's period is closed: children at least every 6 months, adults once a year (docs/domain.md, "Periods").</summary>
    PeriodToClose = 10,

    /// <summary>The citizen turns 18: the plan moves from the children's template (ICS) to the adults' (VUM) (docs/domain.md, "The individual plan").</summary>
    TurnsEighteen = 11,

    /// <summary>A status sent for approval is approved or sent back by the department head (the children's homes' guideline: "Status godkendes af afdelingsleder").</summary>
    StatusApproval = 12,

    /// <summary>Minutes sent for approval are approved or sent back by the department head (docs/domain.md, "Status meetings and minutes").</summary>
    MinutesApproval = 13,

    /// <summary>Colleagues asked for feedback ("sparring") on a status comment before it goes for approval (docs/domain.md, "Status reports").</summary>
    StatusSparring = 14,

    /// <summary>An evaluation or a status meeting found that the plan must be revised (docs/domain.md, "The individual plan"). Kinds from 20 on belong to revisions.</summary>
    PlanRevision = 20,

    /// <summary>The municipality revised the purpose at a status meeting: ask for the revised purpose (the regional guideline: "Tilbuddet skal sikre, at det reviderede formål efterspørges").</summary>
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
