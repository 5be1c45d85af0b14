namespace Retning.Domain.Rights;

/// <summary>Where a citizen stands against the offer's retention period.</summary>
public enum RetentionState
{
    /// <summary>Not discharged (or discharged on a future day): the data is in use.</summary>
    InCare = 1,

    /// <summary>Discharged; the retention period has not run out yet.</summary>
    Retained = 2,

    /// <summary>The period has run out, but a leader has set a legal hold: the data stays.</summary>
    Held = 3,

    /// <summary>The period has run out and nothing holds the data: it is erased.</summary>
    Due = 4,
}

/// <summary>The facts the retention rule needs about one citizen.</summary>
public sealed record RetentionFacts(DateOnly? DischargedOn, int RetentionYears, string? LegalHoldReason);

/// <summary>The verdict for one citizen: the state and the first day the data may be erased (null while in care).</summary>
public sealed record RetentionVerdict(RetentionState State, DateOnly? ErasableOn);

/// <summary>
/// GDPR art. 5(1)(e) storage limitation: a discharged citizen's data is kept for the offer's
/// retention period (years after the discharge date) and then erased, unless a legal hold is set
/// (a complaint, a case at the authorities, a request from the police). Pure rule, unit-tested
/// with fixed dates.
/// </summary>
public static class RetentionRules
{
    /// <summary>The default period when an offer sets none: 5 years after discharge (the common practice for social records).</summary>
    public const int DefaultYears = 5;

    public const int MinYears = 1;
    public const int MaxYears = 30;

    /// <summary>The longest legal-hold reason.</summary>
    public const int HoldReasonMaxLength = 500;

    /// <summary>
    /// The first day the data may be erased: the day after the period's last day, so a full
    /// <paramref name="years"/> years have passed. Discharged on 29 February, the anniversary in a
    /// common year does not exist and the period ends with 28 February: erasable from 1 March.
    /// </summary>
    public static DateOnly ErasableOn(DateOnly dischargedOn, int years)
    {
        var anniversary = dischargedOn.AddYears(years);
        // DateOnly.AddYears moves 29 February to 28 February in a common year; the full period then ends a day later.
        return dischargedOn is { Month: 2, Day: 29 } && anniversary.Day == 28 ? anniversary.AddDays(1) : anniversary;
    }

    public static RetentionVerdict Judge(RetentionFacts facts, DateOnly today)
    {
        if (facts.DischargedOn is not { } discharged || discharged > today)
        {
            return new RetentionVerdict(RetentionState.InCare, null);
        }

        var erasableOn = ErasableOn(discharged, facts.RetentionYears);
        var state = erasableOn > today ? RetentionState.Retained
            : !string.IsNullOrWhiteSpace(facts.LegalHoldReason) ? RetentionState.Held
            : RetentionState.Due;
        return new RetentionVerdict(state, erasableOn);
    }

    /// <summary>The Danish message for a retention period outside the allowed range; null when valid.</summary>
    public static string? CheckYears(int? years) => years is null or (>= MinYears and <= MaxYears)
        ? null
        : $"Opbevaringsperioden skal være mellem {MinYears} og {MaxYears} år.";

    /// <summary>The Danish message for a legal-hold reason that is missing or too long; null when valid.</summary>
    public static string? CheckHoldReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Skriv, hvorfor borgerens oplysninger ikke må slettes."
        : TextLimits.TooLong(reason.Trim(), HoldReasonMaxLength);

    public static string Danish(this RetentionState state) => state switch
    {
        RetentionState.InCare => "Indskrevet",
        RetentionState.Retained => "Opbevares",
        RetentionState.Held => "Tilbageholdt (sletning standset)",
        RetentionState.Due => "Slettes",
        _ => state.ToString(),
    };
}
