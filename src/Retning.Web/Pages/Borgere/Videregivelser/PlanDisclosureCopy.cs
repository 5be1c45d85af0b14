using Retning.Documents.Docx;
using Retning.Documents.Plans;
using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Web.Services.Consents;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Videregivelser;

/// <summary>
/// Freezes what a plan disclosure sends: the DOCX with the chosen parts as the plan reads when the
/// disclosure is recorded, stored as a <see cref="DisclosureSnapshot"/> in the same save as the
/// disclosure and its audit row. The download serves this copy, never the plan as it is later.
/// </summary>
public static class PlanDisclosureCopy
{
    /// <summary>Adds the frozen copy to the DbContext (not saved); null when the citizen has no plan.</summary>
    public static async Task<DisclosureSnapshot?> FreezeAsync(AppDbContext db, PlanService plans, Citizen citizen, Disclosure disclosure,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await plans.FindAsync(citizen.Id, ct) is not { } plan)
        {
            return null;
        }

        var nowUtc = now.UtcDateTime;
        var today = DateOnly.FromDateTime(DanishTime.ToLocal(nowUtc));
        var document = await PlanDocumentLoader.BuildAsync(db, citizen, plan, nowUtc, ct);
        var consent = disclosure.ConsentId is { } consentId ? await ConsentQueries.FindAsync(db, citizen.Id, consentId, ct) : null;
        var snapshot = new DisclosureSnapshot
        {
            DisclosureId = disclosure.Id,
            CitizenId = citizen.Id,
            ContentType = DocxWriter.ContentType,
            FileName = $"individuel-plan-udvalgte-dele-{today:yyyy-MM-dd}{DocxWriter.FileExtension}",
            Content = DocxWriter.Write(PlanExtractDocument.Build(document, disclosure, consent, today, now)),
            CreatedUtc = nowUtc,
        };
        db.DisclosureSnapshots.Add(snapshot);
        return snapshot;
    }
}
