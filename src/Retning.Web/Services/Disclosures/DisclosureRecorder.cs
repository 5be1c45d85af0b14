using Retning.Domain.Consents;
using Retning.Web.Services.Consents;

namespace Retning.Web.Services.Disclosures;

/// <summary>
/// Records a disclosure (videregivelse) for the pages that send something out of the offer: the
/// plan disclosure, and the status and minutes pages. The rules are
/// <see cref="DisclosureRules.Check"/>: a status goes without consent when it is approved and the
/// citizen (or custody holder/guardian) is informed; the plan only with a valid consent covering
/// it or on the municipality's § 11 a–c request. Use it in three steps:
/// <code>
/// var consents = await recorder.ConsentsAsync(citizenId, ct);
/// if (!ModelState.AddFieldErrors(recorder.Validate(request, consents, Today)))
/// {
///     var disclosure = recorder.Record(citizenId, request, statusReportId, revision, meetingId, me, NowUtc);
///     audit.Add(AuditAction.Export, citizenId, "Videregivelse: status", DisclosureRecorder.AuditDetail(disclosure));
///     await db.SaveChangesAsync(ct); // the row and the audit row in one transaction
/// }
/// </code>
/// </summary>
public sealed class DisclosureRecorder(AppDbContext db)
{
    /// <summary>The citizen's consents for <see cref="Validate"/> (without the scanned documents).</summary>
    public Task<List<Consent>> ConsentsAsync(Guid citizenId, CancellationToken ct) => ConsentQueries.ListAsync(db, citizenId, ct);

    /// <summary>
    /// The problems with the request per field (the request's property names, e.g. "ConsentId",
    /// "InformedWhom"), in Danish; empty when it may be recorded. Nothing is recorded here.
    /// </summary>
    public IReadOnlyList<FieldError> Validate(DisclosureRequest request, IReadOnlyList<Consent> consents, DateOnly today) =>
        DisclosureRules.Check(request, consents, today);

    /// <summary>
    /// Adds the disclosure row to the DbContext (not saved: the caller adds its one audit row and
    /// saves once). Call <see cref="Validate"/> first. As a last guard it refuses a request that
    /// fails any rule that needs no consent list (recipient, date, channel, basis, approval,
    /// informing, plan parts, § 11 request); the consent's validity is <see cref="Validate"/>'s job.
    /// </summary>
    /// <param name="statusReportId">The status report, for a status.</param>
    /// <param name="revision">The status revision number sent, for a status.</param>
    /// <param name="meetingId">The status meeting, for minutes (and for the agenda sent with a status).</param>
    /// <exception cref="InvalidOperationException">The request breaks a rule.</exception>
    public Disclosure Record(Guid citizenId, DisclosureRequest request, Guid? statusReportId, int? revision, Guid? meetingId, CurrentUser me, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(me);
        var today = DateOnly.FromDateTime(DanishTime.ToLocal(nowUtc));
        var broken = DisclosureRules.Check(request, [], today).Where(p => p.Field != nameof(DisclosureRequest.ConsentId)).ToList();
        if (broken.Count > 0)
        {
            throw new InvalidOperationException("The disclosure breaks the rules and was not recorded: " + string.Join(" ", broken.Select(p => p.Message)));
        }

        var disclosure = new Disclosure
        {
            CitizenId = citizenId,
            Subject = request.Subject,
            StatusReportId = statusReportId,
            StatusRevisionNumber = revision,
            MeetingId = meetingId,
            PlanParts = request.PlanParts.Count == 0 ? null : string.Join(',', request.PlanParts),
            RecipientName = request.RecipientName!.Trim(),
            RecipientOrganisation = FormText.Clean(request.RecipientOrganisation),
            SentOn = request.SentOn!.Value,
            Channel = request.Channel!.Value,
            Basis = request.Basis!.Value,
            ConsentId = request.Basis == DisclosureBasis.Consent ? request.ConsentId : null,
            RequestParagraph = request.Basis == DisclosureBasis.MunicipalRequest ? request.RequestParagraph : null,
            RequestOn = request.Basis == DisclosureBasis.MunicipalRequest ? request.RequestOn : null,
            RequestReference = request.Basis == DisclosureBasis.MunicipalRequest ? FormText.Clean(request.RequestReference) : null,
            InformedWhom = FormText.Clean(request.InformedWhom),
            InformedOn = request.InformedOn,
            ConsentSought = request.ConsentSought,
            ConsentGiven = request.ConsentSought == true ? request.ConsentGiven : null,
            Note = FormText.Clean(request.Note),
            RecordedById = me.Id ?? throw new InvalidOperationException("Only a signed-in user records a disclosure."),
            RecordedByName = string.IsNullOrWhiteSpace(me.FullName) ? me.UserName : me.FullName,
            RecordedUtc = nowUtc,
        };
        db.Disclosures.Add(disclosure);
        return disclosure;
    }

    /// <summary>
    /// The audit detail of a disclosure: ids, keys and enum names only — never the recipient,
    /// the reference or the note (free text stays out of the audit log).
    /// </summary>
    public static string AuditDetail(Disclosure d)
    {
        var parts = new List<string> { $"videregivelse={d.Id}", $"emne={d.Subject}" };
        if (d.StatusReportId is { } report)
        {
            parts.Add($"status={report}; revision={d.StatusRevisionNumber}");
        }

        if (d.MeetingId is { } meeting)
        {
            parts.Add($"møde={meeting}");
        }

        if (d.PlanParts is { } planParts)
        {
            parts.Add($"dele={planParts}");
        }

        parts.Add($"grundlag={d.Basis}");
        if (d.ConsentId is { } consent)
        {
            parts.Add($"samtykke={consent}");
        }

        if (d.RequestParagraph is { } paragraph)
        {
            parts.Add($"§ {paragraph}");
        }

        parts.Add($"kanal={d.Channel}");
        return string.Join("; ", parts);
    }
}
