using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>What the shared citizen header shows: name, age, masked CPR, department, contact team, template, tabs.</summary>
public sealed record CitizenHeaderModel(
    Citizen Citizen,
    int Age,
    PlanTemplateKind Template,
    IReadOnlyList<string> ContactTeam,
    string ActiveTab,
    bool ShowAuditTab,
    bool TurnsAdultSoon,
    string? PlanTemplateName = null)
{
    /// <summary>The plan's own template when there is a plan; otherwise the one the age calls for.</summary>
    public string TemplateLabel => PlanTemplateName
        ?? (Template == PlanTemplateKind.Ics ? "ICS (børn og unge) – ingen plan endnu" : "VUM (voksne) – ingen plan endnu");
}
