namespace Retning.Domain.Plans;

/// <summary>The families of plan templates Retning ships: ICS (children), the regional guideline's adult VUM adaptation, and VUM 2.0 / FFB.</summary>
public enum TemplateKind
{
    Ics = 1,
    Vum = 2,
    Ffb = 3,
}
