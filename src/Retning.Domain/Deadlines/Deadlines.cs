namespace Retning.Domain.Deadlines;

/// <summary>
/// The deadline engine (docs/domain.md, "Tasks and deadlines"): from plain facts about one
/// citizen, the offer's settings and today's date, every deadline the citizen's contact team
/// and leader answer for, sorted by due date. Pure: no clock, no database.
/// </summary>
/// <remarks>
/// Month arithmetic is <see cref="DateOnly.AddMonths"/> throughout, from the event the cadence
/// counts from (enrolment, the latest evaluation, the latest status …), never chained month by
/// month, so month-end clamping never accumulates: 31 January + 1 month = 28 February (29 in a
/// leap year), 31 August + 6 months = 29 February 2028, 29 February 2028 + 12 months = 28
/// February 2029. Day counts (14 days before a meeting, 7 days after) are plain days.
/// </remarks>
public static class Deadlines
{
    /// <summary>
    /// The citizen's deadlines on <paramref name="today"/>, sorted by due date (then kind and
    /// title). A citizen discharged on or before today gets no open deadlines, only the done ones.
    /// </summary>
    public static IReadOnlyList<Deadline> For(DeadlineInput input, DeadlineSettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (input.AgreedStatusIntervalMonths is { } agreed)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(agreed, 1, nameof(input.AgreedStatusIntervalMonths));
        }

        var list = new DeadlineList(input.Citizen.Id, today, settings);
        GoalDeadlines.Add(list, input);
        StatusDeadlines.Add(list, input);
        CitizenDeadlines.Add(list, input);
        AssessmentDeadlines.Add(list, input);
        PeriodDeadlines.Add(list, input);
        ReviewDeadlines.Add(list, input);
        RevisionDeadlines.Add(list, input);

        // A discharged citizen gets no new tasks (docs/domain.md, "Tasks and deadlines"): what was done stays as evidence.
        var discharged = input.Citizen.DischargedOn is { } d && d <= today;
        return [.. list.Items
            .Where(x => !discharged || x.IsDone)
            .OrderBy(x => x.DueOn)
            .ThenBy(x => x.Kind)
            .ThenBy(x => x.Title, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The state of an open deadline: overdue after the due date; due from
    /// <paramref name="dueSoonDays"/> days before it up to and including the due date; upcoming before.
    /// </summary>
    public static DeadlineState StateOn(DateOnly dueOn, DateOnly today, int dueSoonDays) =>
        today > dueOn ? DeadlineState.Overdue
        : today >= dueOn.AddDays(-dueSoonDays) ? DeadlineState.Due
        : DeadlineState.Upcoming;

    /// <summary>A goal's text shortened for a title (80 characters at most).</summary>
    internal static string Short(string text)
    {
        const int Max = 80;
        var trimmed = text.Trim();
        return trimmed.Length <= Max ? trimmed : string.Concat(trimmed.AsSpan(0, Max - 1).TrimEnd(), "…");
    }
}
