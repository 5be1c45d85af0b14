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
    bool TurnsAdultSoon);
