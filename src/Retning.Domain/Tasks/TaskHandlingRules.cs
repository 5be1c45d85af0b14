namespace Retning.Domain.Tasks;

/// <summary>The input rules for assigning and snoozing a task.</summary>
public static class TaskHandlingRules
{
    public const int MaxSnoozeReason = 500;

    /// <summary>A snooze may reach at most this far ahead: a task put aside is looked at again within a quarter.</summary>
    public const int MaxSnoozeDays = 92;

    /// <summary>
    /// A snooze needs a day after today, at most <see cref="MaxSnoozeDays"/> ahead, and a reason
    /// (the leader answers for putting a deadline aside; the reason is shown with the task).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckSnooze(DateOnly? until, string? reason, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (until is not { } day)
        {
            errors.Add(new FieldError("Until", "Vælg datoen, opgaven udsættes til."));
        }
        else if (day <= today)
        {
            errors.Add(new FieldError("Until", "Datoen skal ligge efter i dag."));
        }
        else if (day > today.AddDays(MaxSnoozeDays))
        {
            errors.Add(new FieldError("Until", $"En opgave kan højst udsættes {MaxSnoozeDays} dage (til {(today.AddDays(MaxSnoozeDays)).ToDanishDate()})."));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new FieldError("Reason", "Skriv hvorfor opgaven udsættes."));
        }
        else if (TextLimits.TooLong(reason, MaxSnoozeReason) is { } tooLong)
        {
            errors.Add(new FieldError("Reason", tooLong));
        }

        return errors;
    }

    /// <summary>A task can be assigned only to a member of the citizen's contact team (or back to the whole team).</summary>
    public static FieldError? CheckAssignee(Guid? assigneeId, IReadOnlyCollection<Guid> contactTeam) =>
        assigneeId is { } id && !contactTeam.Contains(id)
            ? new FieldError("AssignTo", "Vælg en person fra borgerens kontaktteam.")
            : null;
}
