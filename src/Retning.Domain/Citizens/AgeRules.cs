namespace Retning.Domain.Citizens;

/// <summary>Age and the template that follows from it (under 18 → ICS, 18 and over → VUM).</summary>
public static class AgeRules
{
    public const int AdultAge = 18;

    /// <summary>Whole years on <paramref name="on"/>. A 29 February birthday counts on 28 February in common years.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        if (on < birthDate)
        {
            return 0;
        }

        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    public static PlanTemplateKind TemplateFor(DateOnly birthDate, DateOnly on) =>
        AgeOn(birthDate, on) < AdultAge ? PlanTemplateKind.Ics : PlanTemplateKind.Vum;

    public static DateOnly AdultOn(DateOnly birthDate) => birthDate.AddYears(AdultAge);

    /// <summary>True for a child who turns 18 within the given number of months (time to prepare the VUM plan).</summary>
    public static bool TurnsAdultWithin(DateOnly birthDate, DateOnly on, int months)
    {
        var adultOn = AdultOn(birthDate);
        return adultOn > on && adultOn <= on.AddMonths(months);
    }
}
