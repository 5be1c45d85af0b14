namespace Retning.Domain.Quality;

/// <summary>
/// Where an action of an improvement plan (indicator 9) stands. Done is not the end: whether the action worked is
/// judged separately, against the figure the plan named (<see cref="ImprovementActionRules"/>).
/// </summary>
public enum ImprovementActionStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    VerifiedEffective = 4,
    VerifiedNotEffective = 5,
}

public static class ImprovementActionStatusText
{
    public static string Danish(this ImprovementActionStatus status) => status switch
    {
        ImprovementActionStatus.Planned => "Planlagt",
        ImprovementActionStatus.InProgress => "I gang",
        ImprovementActionStatus.Done => "Udført",
        ImprovementActionStatus.VerifiedEffective => "Virkning bekræftet",
        ImprovementActionStatus.VerifiedNotEffective => "Uden den ønskede virkning",
        _ => status.ToString(),
    };
}
