using Retning.Domain.Deadlines;
using Retning.Domain.Status;

namespace Retning.Web.Services.Tasks;

/// <summary>
/// Reads what is handed over for approval or sparring, for the deadline engine: a status from its
/// history (each "sent for approval" closes at the next approval, sending back or new version; each
/// "sent for sparring" closes when the status moves on), and minutes awaiting the department head.
/// Two queries, whatever the number of citizens.
/// </summary>
internal static class ReviewFactsLoader
{
    public static async Task<ILookup<Guid, ReviewFacts>> LoadAsync(AppDbContext db, IReadOnlyCollection<Guid> citizenIds, int sendDaysBeforeMeeting, CancellationToken ct)
    {
        var reports = await db.StatusReports.AsNoTracking().Where(r => citizenIds.Contains(r.CitizenId))
            .Select(r => new
            {
                r.Id, r.CitizenId, r.PeriodFrom, r.PeriodTo, r.State,
                MeetingOn = db.StatusMeetings.Where(m => m.Id == r.MeetingId && m.CancelledOn == null).Select(m => (DateOnly?)m.On).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var events = (await db.StatusEvents.AsNoTracking().Where(e => reportIds.Contains(e.StatusReportId) && e.Kind != StatusEventKind.Created)
                .Select(e => new { e.StatusReportId, e.Kind, e.AtUtc }).ToListAsync(ct))
            .ToLookup(e => e.StatusReportId);

        var facts = new List<(Guid CitizenId, ReviewFacts Facts)>();
        foreach (var report in reports)
        {
            var what = $"status {report.PeriodFrom.ToDanishDate()} – {report.PeriodTo.ToDanishDate()}";
            var sendBy = report.MeetingOn?.AddDays(-sendDaysBeforeMeeting);
            DateOnly? approvalSent = null, sparringSent = null;
            foreach (var e in events[report.Id].OrderBy(e => e.AtUtc))
            {
                var on = DateOnly.FromDateTime(DanishTime.ToLocal(e.AtUtc));
                // Whatever happens next answers an open sparring request: the status has moved on.
                if (sparringSent is { } s && e.Kind != StatusEventKind.AskedForFeedback)
                {
                    facts.Add((report.CitizenId, new ReviewFacts(ReviewKind.StatusSparring, report.Id, what, s, new Completion(on, report.Id), sendBy)));
                    sparringSent = null;
                }

                if (approvalSent is { } a && e.Kind is StatusEventKind.Approved or StatusEventKind.SentBack or StatusEventKind.NewRevision)
                {
                    facts.Add((report.CitizenId, new ReviewFacts(ReviewKind.StatusApproval, report.Id, what, a, new Completion(on, report.Id), sendBy)));
                    approvalSent = null;
                }

                if (e.Kind == StatusEventKind.AskedForFeedback)
                {
                    sparringSent ??= on;
                }
                else if (e.Kind == StatusEventKind.SubmittedForApproval)
                {
                    approvalSent = on;
                }
            }

            // The state has the last word: a status no longer out for sparring or approval has none open,
            // whatever the order of its history rows (closed on the day of its last step).
            var lastOn = events[report.Id].Select(e => DateOnly.FromDateTime(DanishTime.ToLocal(e.AtUtc))).DefaultIfEmpty().Max();
            if (sparringSent is { } openSparring)
            {
                facts.Add((report.CitizenId, new ReviewFacts(ReviewKind.StatusSparring, report.Id, what, openSparring,
                    report.State == StatusState.Feedback ? null : new Completion(lastOn, report.Id), sendBy)));
            }

            if (approvalSent is { } openApproval)
            {
                facts.Add((report.CitizenId, new ReviewFacts(ReviewKind.StatusApproval, report.Id, what, openApproval,
                    report.State == StatusState.AwaitingApproval ? null : new Completion(lastOn, report.Id), sendBy)));
            }
        }

        // The minutes record when they were handed over; rows from before that field fall back to their last change.
        var minutes = await db.StatusMeetings.AsNoTracking()
            .Where(m => citizenIds.Contains(m.CitizenId) && m.CancelledOn == null && m.MinutesState == MinutesState.AwaitingApproval)
            .Select(m => new { m.Id, m.CitizenId, m.On, SubmittedUtc = m.MinutesSubmittedUtc ?? m.UpdatedUtc }).ToListAsync(ct);
        foreach (var m in minutes)
        {
            facts.Add((m.CitizenId, new ReviewFacts(ReviewKind.MinutesApproval, m.Id, $"referat af statusmødet {m.On.ToDanishDate()}",
                DateOnly.FromDateTime(DanishTime.ToLocal(m.SubmittedUtc)), SendBy: MeetingRules.MinutesBy(m.On))));
        }

        return facts.ToLookup(f => f.CitizenId, f => f.Facts);
    }
}
