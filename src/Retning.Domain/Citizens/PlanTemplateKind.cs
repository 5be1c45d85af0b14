namespace Retning.Domain.Citizens;

/// <summary>The plan and status template: ICS for children and young people, VUM for adults.</summary>
public enum PlanTemplateKind
{
    Ics = 1,
    Vum = 2,
}
