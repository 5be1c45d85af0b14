namespace Retning.Domain.Deadlines;

/// <summary>Where a deadline stands on a given day.</summary>
public enum DeadlineState
{
    /// <summary>The due date is further ahead than the "due soon" window.</summary>
    Upcoming = 1,

    /// <summary>Within the "due soon" window (default 14 days), up to and including the due date.</summary>
    Due = 2,

    /// <summary>The due date has passed and the deadline is not done.</summary>
    Overdue = 3,

    /// <summary>Done; the deadline carries the day it was done and, where known, the evidence.</summary>
    Done = 4,
}

public static class DeadlineStateText
{
    public static string Danish(this DeadlineState state) => state switch
    {
        DeadlineState.Upcoming => "Kommende",
        DeadlineState.Due => "Snart",
        DeadlineState.Overdue => "Overskredet",
        DeadlineState.Done => "Udført",
        _ => state.ToString(),
    };
}
