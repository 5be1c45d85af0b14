namespace Retning.Domain.Reminders;

/// <summary>The rules of the daily reminder: when it is made, what it says, and how a failed send is retried.</summary>
public static class DigestRules
{
    /// <summary>Waits after the 1st, 2nd, … failed send; the last one is the longest.</summary>
    private static readonly TimeSpan[] BackOff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)];

    /// <summary>The digest is made from this hour of the Danish day (before work starts).</summary>
    public static bool IsTimeToMake(DateTime danishLocalNow, int fromHour) => danishLocalNow.Hour >= fromHour;

    /// <summary>A digest only for someone with something due or overdue.</summary>
    public static DailyDigest? Make(Guid userId, DateOnly day, int dueCount, int overdueCount, DateTime nowUtc) =>
        dueCount + overdueCount == 0
            ? null
            : new DailyDigest { UserId = userId, ForDate = day, DueCount = dueCount, OverdueCount = overdueCount, CreatedUtc = nowUtc, NextAttemptUtc = nowUtc };

    /// <summary>Only today's and yesterday's digests are still worth sending; an older one would mislead.</summary>
    public static bool IsStillRelevant(DailyDigest digest, DateOnly today) => digest.ForDate >= today.AddDays(-1);

    public static void Delivered(DailyDigest digest, DigestState how, DateTime nowUtc)
    {
        if (how is not (DigestState.Sent or DigestState.ShownInApp))
        {
            throw new ArgumentOutOfRangeException(nameof(how), how, "A digest is delivered by mail or in the app.");
        }

        digest.State = how;
        digest.DeliveredUtc = nowUtc;
    }

    /// <summary>
    /// Records a failed send: the digest waits for its next attempt, or — after the last attempt —
    /// is marked failed (and then shown in the app). Returns true when it will be retried.
    /// </summary>
    public static bool SendFailed(DailyDigest digest, string error, DateTime nowUtc, int maxAttempts)
    {
        digest.Attempts++;
        digest.LastError = error.Length > 500 ? error[..500] : error;
        if (digest.Attempts >= maxAttempts)
        {
            digest.State = DigestState.Failed;
            return false;
        }

        digest.NextAttemptUtc = nowUtc + BackOff[Math.Min(digest.Attempts, BackOff.Length) - 1];
        return true;
    }

    /// <summary>The mail's subject: counts only.</summary>
    public static string Subject(DailyDigest digest) => digest.OverdueCount > 0
        ? $"Retning: {Tasks(digest.OverdueCount)} overskredet, {Tasks(digest.DueCount)} forfalder snart"
        : $"Retning: {Tasks(digest.DueCount)} forfalder snart";

    /// <summary>The mail's text: counts and a link, no citizen data (the mail leaves Retning).</summary>
    public static string Body(DailyDigest digest, string fullName, string tasksUrl) =>
        $"""
        Goddag {fullName}

        Du har i dag {Tasks(digest.OverdueCount)}, hvis frist er overskredet, og {Tasks(digest.DueCount)}, der snart forfalder.

        Se og udfør dem under "Mine opgaver" i Retning:
        {tasksUrl}

        Mailen nævner ingen borgere; du ser dem, når du er logget ind.
        Du får denne påmindelse højst én gang om dagen, og kun når du har opgaver, der forfalder.

        Venlig hilsen
        Retning
        """;

    private static string Tasks(int count) => count == 1 ? "1 opgave" : $"{count} opgaver";
}
