using Retning.Documents.Plans;
using Retning.Domain.Consents;
using Retning.Web.Pages.Borgere;
using Retning.Web.Services.Consents;

namespace Retning.Web.Pages.Borgere.Videregivelser;

/// <summary>
/// The citizen's disclosure log: everything that has left the offer — statuses, minutes and
/// parts of the plan — newest first, with what, to whom, when, how, on what basis, who was
/// informed and who recorded it. Everyone in the department reads it, like the plan (a care
/// worker outside the contact team too: it shows what was sent, not new content); the contact
/// team and leaders disclose the plan from here and fetch its DOCX.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <param name="HasCopy">False for a plan disclosure recorded before the sent DOCX was frozen (docs/domain.md, "Consents and disclosures").</param>
    public sealed record Row(Disclosure Disclosure, string What, string Basis, bool HasCopy = true);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The plan disclosure just recorded (?ny=id), whose DOCX the page offers at the top.</summary>
    [BindProperty(SupportsGet = true, Name = "ny")]
    public Guid? JustRecorded { get; set; }

    public Row? JustRecordedPlan => Rows.FirstOrDefault(r => r.Disclosure.Id == JustRecorded && r.Disclosure.Subject == DisclosureSubject.Plan);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "videregivelser") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var disclosures = await Db.Disclosures.AsNoTracking().Where(d => d.CitizenId == id)
            .OrderByDescending(d => d.SentOn).ThenByDescending(d => d.RecordedUtc).ToListAsync(ct);
        var consents = (await ConsentQueries.ListAsync(Db, id, ct)).ToDictionary(c => c.Id);
        var reportIds = disclosures.Where(d => d.StatusReportId is not null).Select(d => d.StatusReportId!.Value).Distinct().ToList();
        var reports = await Db.StatusReports.AsNoTracking().Where(r => reportIds.Contains(r.Id))
            .Select(r => new { r.Id, r.PeriodFrom, r.PeriodTo }).ToDictionaryAsync(r => r.Id, ct);
        var meetingIds = disclosures.Where(d => d.MeetingId is not null).Select(d => d.MeetingId!.Value).Distinct().ToList();
        var meetings = await Db.StatusMeetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.On }).ToDictionaryAsync(m => m.Id, m => m.On, ct);

        string What(Disclosure d) => d.Subject switch
        {
            DisclosureSubject.Status => "Status"
                + (d.StatusReportId is { } r && reports.TryGetValue(r, out var report) ? $" for {report.PeriodFrom.ToDanishDate()}–{report.PeriodTo.ToDanishDate()}" : "")
                + (d.StatusRevisionNumber is { } n ? $", version {n}" : "")
                + (d.MeetingId is { } m && meetings.TryGetValue(m, out var on) ? $", med dagsorden til statusmødet {on.ToDanishDate()}" : ""),
            DisclosureSubject.Minutes => "Referat af statusmøde" + (d.MeetingId is { } m && meetings.TryGetValue(m, out var on) ? $" {on.ToDanishDate()}" : ""),
            DisclosureSubject.Plan => "Individuel plan: " + PlanParts.Labels(PlanParts.Parse(d.PlanParts)),
            _ => d.Subject.Danish(),
        };

        string Basis(Disclosure d) => d.Basis switch
        {
            DisclosureBasis.Consent => "Samtykke" + (d.ConsentId is { } cid && consents.TryGetValue(cid, out var c)
                ? $" givet {c.GivenOn.ToDanishDate()} af {c.GivenByName} ({c.GivenBy.Danish().ToLowerInvariant()})" : ""),
            DisclosureBasis.MunicipalRequest => PlanExtractDocument.Basis(d),
            _ => d.Basis.Danish(),
        };

        var planIds = disclosures.Where(d => d.Subject == DisclosureSubject.Plan).Select(d => d.Id).ToList();
        var copied = (await Db.DisclosureSnapshots.AsNoTracking().Where(s => planIds.Contains(s.DisclosureId)).Select(s => s.DisclosureId).ToListAsync(ct)).ToHashSet();
        Rows = [.. disclosures.Select(d => new Row(d, What(d), Basis(d), d.Subject != DisclosureSubject.Plan || copied.Contains(d.Id)))];
        await audit.RecordAsync(AuditAction.Read, id, "Videregivelser: vist", $"videregivelser={Rows.Count}", ct);
        return Page();
    }
}
