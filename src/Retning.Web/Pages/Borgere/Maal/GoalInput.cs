using System.ComponentModel.DataAnnotations;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>
/// The goal / sub-goal form. Everything stays as typed so a failed post, a SMORT check or a
/// conflict shows it again. Display names are used in the binder's messages (e.g. a bad date).
/// </summary>
public sealed class GoalInput
{
    public const string RealisticYes = GoalFormRules.RealisticYes;
    public const string RealisticNo = GoalFormRules.RealisticNo;
    public const string RealisticNotJudged = GoalFormRules.RealisticNotJudged;

    /// <summary>The goal a new sub-goal belongs to (hidden; fixed once created).</summary>
    public Guid? ParentGoalId { get; set; }

    [Display(Name = "Tema")]
    [TextLimit(TextLimits.Code)]
    public string? ThemeKey { get; set; }

    [Display(Name = "Formål")]
    public Guid? PurposeId { get; set; }

    [TextLimit(GoalRules.MaxText)]
    public string? Text { get; set; }
    [TextLimit(GoalRules.MaxRationale)]
    public string? Rationale { get; set; }

    [Display(Name = "Måltype")]
    public GoalType? Type { get; set; } = GoalType.Develop;

    [Display(Name = "Tilstand")]
    public GoalState? State { get; set; } = GoalState.Active;

    [Display(Name = "Startdato")]
    public DateOnly? StartOn { get; set; }

    [Display(Name = "Slutdato")]
    public DateOnly? EndOn { get; set; }

    [Display(Name = "Evalueringsinterval")]
    public int? EvaluationIntervalMonths { get; set; } = 3;

    [Display(Name = "Næste evaluering")]
    public DateOnly? NextEvaluationOn { get; set; }

    [TextLimit(GoalRules.MaxParticipation)]
    public string? CitizenParticipation { get; set; }
    [TextLimit(GoalRules.MaxMeasure)]
    public string? Measure { get; set; }

    /// <summary>"ja", "nej" or "ikke-vurderet" (the staff's judgement of realism, O).</summary>
    [TextLimit(TextLimits.Code)]
    public string? Realistic { get; set; } = RealisticNotJudged;

    [TextLimit(GoalRules.MaxSmortNote)]
    public string? SmortNote { get; set; }

    [Display(Name = "Indikator")]
    public Guid? IndicatorScaleId { get; set; }

    [Display(Name = "Scoringshyppighed")]
    public ScoringFrequency? ScoringFrequency { get; set; }

    /// <summary>Closing a goal: close its open sub-goals too (asked when there are some).</summary>
    public bool CloseOpenSubGoals { get; set; }

    public int Version { get; set; }

    public bool? StaffFindRealistic => Realistic switch
    {
        RealisticYes => true,
        RealisticNo => false,
        _ => null,
    };

    /// <summary>What the SMORT assistant reads of the form as it stands.</summary>
    public GoalDraft ToDraft(bool isSubGoal) => new(Text, PurposeId is not null, StartOn, EndOn, EvaluationIntervalMonths,
        IndicatorScaleId is not null, Measure, StaffFindRealistic, isSubGoal);

    /// <summary>What the form's checks read of it.</summary>
    public GoalFormValues ToFormValues() => new(ThemeKey, PurposeId, Text, Type, State, StartOn, EndOn, EvaluationIntervalMonths,
        NextEvaluationOn, Realistic, IndicatorScaleId, ScoringFrequency);

    public static GoalInput From(Goal g) => new()
    {
        ParentGoalId = g.ParentGoalId,
        ThemeKey = g.ThemeKey,
        PurposeId = g.PurposeId,
        Text = g.Text,
        Rationale = g.Rationale,
        Type = g.Type,
        State = g.State,
        StartOn = g.StartOn,
        EndOn = g.EndOn,
        EvaluationIntervalMonths = g.EvaluationIntervalMonths,
        NextEvaluationOn = g.NextEvaluationOn,
        CitizenParticipation = g.CitizenParticipation,
        Measure = g.Measure,
        Realistic = g.StaffFindRealistic switch { true => RealisticYes, false => RealisticNo, null => RealisticNotJudged },
        SmortNote = g.SmortNote,
        IndicatorScaleId = g.IndicatorScaleId,
        ScoringFrequency = g.ScoringFrequency,
        Version = g.Version,
    };

    /// <summary>Copies the validated input onto the goal. The parent is set on creation only.</summary>
    public void ApplyTo(Goal g)
    {
        g.ThemeKey = ThemeKey!;
        g.PurposeId = PurposeId;
        g.Text = Text!.Trim();
        g.Rationale = FormText.Clean(Rationale);
        g.Type = Type!.Value;
        g.State = State!.Value;
        g.StartOn = StartOn!.Value;
        g.EndOn = EndOn;
        g.EvaluationIntervalMonths = EvaluationIntervalMonths;
        g.NextEvaluationOn = NextEvaluationOn ?? GoalRules.DefaultNextEvaluation(StartOn.Value, EvaluationIntervalMonths!.Value);
        g.CitizenParticipation = FormText.Clean(CitizenParticipation);
        g.Measure = FormText.Clean(Measure);
        g.StaffFindRealistic = StaffFindRealistic;
        g.SmortNote = FormText.Clean(SmortNote);
        if (g.IsSubGoal)
        {
            g.IndicatorScaleId = IndicatorScaleId;
            g.ScoringFrequency = ScoringFrequency;
        }
    }
}

/// <summary>The small form for an intervention: what staff do, how often, who.</summary>
public sealed class InterventionInput
{
    [Display(Name = "Indsats")]
    [TextLimit(GoalRules.MaxInterventionWhat)]
    public string? What { get; set; }

    [TextLimit(GoalRules.MaxShortText)]
    public string? HowOften { get; set; }
    [TextLimit(GoalRules.MaxShortText)]
    public string? Who { get; set; }
}

/// <summary>The small form for an external collaborator on a goal.</summary>
public sealed class CollaboratorInput
{
    [Display(Name = "Samarbejdspartner")]
    public CollaboratorKind? Kind { get; set; }

    [TextLimit(GoalRules.MaxShortText)]
    public string? Name { get; set; }
    [TextLimit(GoalRules.MaxCollaboratorPart)]
    public string? HowTheyTakePart { get; set; }
}
