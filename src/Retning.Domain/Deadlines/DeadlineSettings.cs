using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Domain.Deadlines;

/// <summary>
/// The deadline settings of one offer. The defaults are the guidelines' rules (docs/domain.md, "Tasks and deadlines");
/// an offer may change them in its local guideline: such rules are configuration per offer.
/// </summary>
/// <param name="Area">The offer's area; it sets the period cadence, as on the period page (<see cref="PeriodCadence"/>).</param>
public sealed record DeadlineSettings(Area Area)
{
    /// <summary>Days before the due date a deadline counts as "due soon" (<see cref="DeadlineState.Due"/>).</summary>
    public int DueSoonDays { get; init; } = 14;

    /// <summary>Children and young people under 18: two status meetings a year (the children's homes' guideline: "Der indkaldes til 2 årlige statusmøder").</summary>
    public int StatusIntervalChildrenMonths { get; init; } = 6;

    /// <summary>18 and over: one status meeting a year (both guidelines; the regional one: "minimum én gang årligt").</summary>
    public int StatusIntervalAdultsMonths { get; init; } = 12;

    /// <summary>The status and agenda go to the caseworker "senest 14 dage før mødet" (docs/domain.md, "Status meetings and minutes").</summary>
    public int StatusSendDaysBeforeMeeting { get; init; } = 14;

    /// <summary>The minutes go to all participants "inden 7 dage" (docs/domain.md, "Status meetings and minutes").</summary>
    public int MinutesDaysAfterMeeting { get; init; } = 7;

    /// <summary>A consent is reviewed "eksempelvis en gang om året" (docs/domain.md, "Consents and disclosures").</summary>
    public int ConsentReviewMonths { get; init; } = 12;

    /// <summary>
    /// Days after enrolment by which a purpose must have been received or asked for. The guidelines
    /// give no number: the purpose is agreed at the enrolment meeting (children's homes) and asked for
    /// "ved samarbejdets start" (regional guideline; docs/domain.md, "Purposes"), so a short grace of 14 days for the action plan to
    /// arrive; with the default window the task is "due soon" from the enrolment day itself.
    /// </summary>
    public int PurposeGraceDays { get; init; } = 14;

    /// <summary>Months before the 18th birthday the move to the adults' template is flagged (<see cref="TemplateTransition.MonthsBeforeAdult"/>).</summary>
    public int TurnsEighteenNoticeMonths { get; init; } = TemplateTransition.MonthsBeforeAdult;

    /// <summary>
    /// Days the department head (or the colleagues asked for sparring) has to answer a status or
    /// minutes handed over. The guidelines give no number; a week keeps the 14-day send deadline
    /// (status) and the 7-day minutes deadline within reach. A meeting's own deadline comes first.
    /// </summary>
    public int ReviewDays { get; init; } = 7;

    /// <summary>Throws when a setting cannot be a cadence (a negative window, an interval under one month …).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(DueSoonDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(StatusIntervalChildrenMonths, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(StatusIntervalAdultsMonths, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(StatusSendDaysBeforeMeeting);
        ArgumentOutOfRangeException.ThrowIfNegative(MinutesDaysAfterMeeting);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConsentReviewMonths, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(PurposeGraceDays);
        ArgumentOutOfRangeException.ThrowIfNegative(TurnsEighteenNoticeMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(ReviewDays);
    }
}
