namespace Retning.Domain.Deadlines;

/// <summary>
/// Approval and sparring (docs/domain.md, "Status reports"; the children's homes' guideline, "Status til den kommunale myndighed": the contact team drafts,
/// colleagues give "sparring", "Status godkendes af afdelingsleder"; the minutes are approved by the
/// leader before they are sent). A status or minutes handed over is a task for the one who must
/// answer — the department head, or the colleagues asked — from the day it was handed over until it
/// is approved, sent back or moved on. Due <see cref="DeadlineSettings.ReviewDays"/> after it was
/// handed over, never later than the day it must leave the offer.
/// </summary>
internal static class ReviewDeadlines
{
    public static void Add(DeadlineList list, DeadlineInput input)
    {
        foreach (var review in input.Reviews)
        {
            var (kind, responsible, label) = review.Kind switch
            {
                ReviewKind.StatusApproval => (DeadlineKind.StatusApproval, DeadlineResponsible.DepartmentHead, "Status til godkendelse"),
                ReviewKind.MinutesApproval => (DeadlineKind.MinutesApproval, DeadlineResponsible.DepartmentHead, "Referat til godkendelse"),
                ReviewKind.StatusSparring => (DeadlineKind.StatusSparring, DeadlineResponsible.Colleagues, "Status til sparring"),
                _ => throw new ArgumentOutOfRangeException(nameof(input), review.Kind, "Unknown review kind."),
            };
            var title = $"{label}: {Deadlines.Short(review.What)} (sendt {review.SentOn.ToDanishDate()})";
            var dueOn = review.SentOn.AddDays(list.Settings.ReviewDays);
            if (review.SendBy is { } sendBy && sendBy < dueOn)
            {
                dueOn = sendBy < review.SentOn ? review.SentOn : sendBy;
            }

            if (review.Closed is { } closed)
            {
                list.Done(kind, review.SubjectId, title, dueOn, responsible, closed.On, closed.EvidenceId ?? review.SubjectId);
            }
            else
            {
                list.Open(kind, review.SubjectId, title, dueOn, responsible);
            }
        }
    }
}
