namespace Retning.Domain.Quality;

/// <summary>Which way the named figure should move for the action to have worked.</summary>
public enum FigureDirection
{
    Up = 1,
    Down = 2,
}

/// <summary>A reading of the figure an action aims at: its value (a share in percent or a count) and the day it was read.</summary>
public sealed record FigureReading(decimal Value, DateOnly ReadOn);

/// <summary>
/// The rules of an improvement action's status (indicator 9: "Det skal fremgå af en skriftlig plan, hvordan
/// tiltagene sikres implementeret"): planned → in progress → done, and from done a verdict on whether it worked.
/// <list type="bullet">
/// <item>Done asks for how the action is made to last (the standard's written plan for implementation).</item>
/// <item>A verdict asks for the figure before the action and a reading after it was done: "done" says the work
///   happened, the verdict says whether the figure moved.</item>
/// <item>An action that did not work goes back to in progress (a new attempt, the verdict kept in its history);
///   a done action can be reopened; an action verified effective is closed.</item>
/// </list>
/// </summary>
public static class ImprovementActionRules
{
    private static readonly Dictionary<ImprovementActionStatus, ImprovementActionStatus[]> Moves = new()
    {
        [ImprovementActionStatus.Planned] = [ImprovementActionStatus.InProgress, ImprovementActionStatus.Done],
        [ImprovementActionStatus.InProgress] = [ImprovementActionStatus.Planned, ImprovementActionStatus.Done],
        [ImprovementActionStatus.Done] = [ImprovementActionStatus.InProgress, ImprovementActionStatus.VerifiedEffective, ImprovementActionStatus.VerifiedNotEffective],
        [ImprovementActionStatus.VerifiedNotEffective] = [ImprovementActionStatus.InProgress],
        [ImprovementActionStatus.VerifiedEffective] = [],
    };

    /// <summary>The statuses an action can move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<ImprovementActionStatus> Next(ImprovementActionStatus from) => Moves.GetValueOrDefault(from) ?? [];

    /// <summary>Why the move cannot be made, at the fields of the form; empty when it can.</summary>
    public static IReadOnlyList<FieldError> CheckMove(ImprovementActionStatus from, ImprovementActionStatus to, string? madeToLast,
        DateOnly? doneOn, FigureReading? before, FigureReading? after)
    {
        if (!Next(from).Contains(to))
        {
            return [new FieldError("Status", $"Et tiltag med status \"{from.Danish()}\" kan ikke få status \"{to.Danish()}\".")];
        }

        var errors = new List<FieldError>();
        if (to == ImprovementActionStatus.Done && string.IsNullOrWhiteSpace(madeToLast))
        {
            errors.Add(new FieldError("MadeToLast", "Skriv, hvordan tiltaget sikres implementeret, før det markeres som udført."));
        }

        if (to is ImprovementActionStatus.VerifiedEffective or ImprovementActionStatus.VerifiedNotEffective)
        {
            if (before is null)
            {
                errors.Add(new FieldError("Before", "Angiv tallet, før tiltaget blev sat i gang."));
            }

            if (after is null)
            {
                errors.Add(new FieldError("After", "Angiv tallet, efter tiltaget blev udført."));
            }
            else if (doneOn is { } done && after.ReadOn < done)
            {
                errors.Add(new FieldError("After", $"Tallet efter skal være læst den {done.ToDanishDate()} eller senere, da tiltaget blev udført."));
            }
        }

        return errors;
    }

    /// <summary>True when the figure moved the way the plan said it should (an unchanged figure did not).</summary>
    public static bool Moved(FigureReading before, FigureReading after, FigureDirection direction)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return direction == FigureDirection.Up ? after.Value > before.Value : after.Value < before.Value;
    }
}
