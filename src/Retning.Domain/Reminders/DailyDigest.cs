namespace Retning.Domain.Reminders;

/// <summary>
/// One user's reminder for one day: how many of their tasks are due and overdue. It holds counts
/// only, never citizen data, because it leaves Retning by e-mail. The pair (user, day) is unique in
/// the database, so a reminder is made — and sent — once, however many app instances run.
/// </summary>
public class DailyDigest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }

    /// <summary>The Danish calendar day the digest is for.</summary>
    public DateOnly ForDate { get; set; }

    public int DueCount { get; set; }
    public int OverdueCount { get; set; }
    public DigestState State { get; set; } = DigestState.Pending;

    /// <summary>Failed sends so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this moment (UTC): the back-off after a failed send.</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The last send error (the mail server's answer; never citizen data).</summary>
    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
}
