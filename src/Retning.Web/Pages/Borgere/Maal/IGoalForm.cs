using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>The view model of the goal form partials (_GoalFields, _SmortAside): the new and the edit page.</summary>
public interface IGoalForm
{
    Citizen Citizen { get; }

    GoalInput Input { get; }

    GoalFormChoices Choices { get; }

    bool IsSubGoal { get; }

    /// <summary>The address smort.js posts the form to for fresh advice.</summary>
    string SmortPanelUrl { get; }

    /// <summary>Closing a goal with open sub-goals: ask whether to close them too.</summary>
    bool ShowCloseSubGoals { get; }
}

/// <summary>What the SMORT panel shows: one finding per letter.</summary>
public sealed record SmortPanelModel(IReadOnlyList<SmortFinding> Findings, bool IsSubGoal)
{
    public SmortSummary Summary => SmortSummary.Of(Findings);

    /// <summary>The SMORT assistant's advice on the goal form as it stands.</summary>
    public static SmortPanelModel Of(GoalInput input, bool isSubGoal) => new(Smort.Check(input.ToDraft(isSubGoal)), isSubGoal);

    /// <summary>The SMORT panel alone (for smort.js): advice on the form's current values; shows no stored data, so no audit row.</summary>
    public static PartialViewResult Alone(PageModel page, GoalInput input, bool isSubGoal, SmortNaming naming)
    {
        var panel = page.Partial("_SmortPanel", Of(input, isSubGoal));
        // A partial result gets a ViewData of its own: the offer's naming goes along explicitly.
        panel.ViewData[GoalFormChoices.SmortNamingKey] = naming;
        return panel;
    }
}
