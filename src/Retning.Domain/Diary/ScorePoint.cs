namespace Retning.Domain.Diary;

/// <summary>
/// One score on a sub-goal: the observation date (Danish local date) and the level's
/// <see cref="Plans.ScaleLevel.Value"/>. A note marked "not scored" is not a point.
/// </summary>
public readonly record struct ScorePoint(DateOnly On, int Value);
