namespace Retning.Domain.Evaluations;

/// <summary>
/// The evaluation of the citizen's development within one of the plan's central themes (the regional guideline:
/// "Når det er relevant, evalueres der desuden på den enkeltes udvikling inden for planens
/// centrale temaer. Resultatet heraf dokumenteres under temaerne i planen"). Like a goal
/// evaluation it is written once and kept: the plan shows the newest under its theme, the theme's
/// history shows all. It also answers whether the plan must be revised.
/// </summary>
public class ThemeEvaluation : ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public Guid PlanId { get; set; }

    /// <summary>The theme's key in the plan's template.</summary>
    public required string ThemeKey { get; set; }

    public DateOnly EvaluatedOn { get; set; }
    public required string Participants { get; set; }
    public required string CitizenInvolvement { get; set; }

    /// <summary>The citizen's development within the theme: the result written under the theme.</summary>
    public required string Development { get; set; }

    public bool PlanRevisionNeeded { get; set; }
    public string? PlanRevisionNote { get; set; }

    public Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>The checks of a theme evaluation's form.</summary>
public static class ThemeEvaluationRules
{
    public const int MaxParticipants = 1000;
    public const int MaxInvolvement = 4000;
    public const int MaxDevelopment = 8000;

    /// <summary>Problems at their fields; empty when fine.</summary>
    public static IReadOnlyList<FieldError> Check(
        DateOnly? evaluatedOn, string? participants, string? involvement, string? development, DateOnly planCreatedOn, DateOnly today)
    {
        var problems = new List<FieldError>();
        if (evaluatedOn is not { } on)
        {
            problems.Add(new("EvaluatedOn", "Skriv datoen for evalueringen."));
        }
        else if (on > today)
        {
            problems.Add(new("EvaluatedOn", "Evalueringen kan ikke dateres i fremtiden."));
        }
        else if (on < planCreatedOn)
        {
            problems.Add(new("EvaluatedOn", $"Evalueringen kan ikke ligge før planen blev oprettet ({planCreatedOn.ToDanishDate()})."));
        }

        Text(problems, "Participants", participants, MaxParticipants, "Skriv, hvem der deltog i evalueringen.");
        Text(problems, "CitizenInvolvement", involvement, MaxInvolvement, "Skriv, hvordan borgeren har været inddraget – under hensyn til borgerens forudsætninger.");
        Text(problems, "Development", development, MaxDevelopment, "Skriv borgerens udvikling inden for temaet: hvad viser dokumentationen?");
        return problems;
    }

    private static void Text(List<FieldError> problems, string field, string? text, int max, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, missing));
        }
        else if (TextLimits.TooLong(text, max) is { } tooLong)
        {
            problems.Add(new(field, tooLong));
        }
    }
}
