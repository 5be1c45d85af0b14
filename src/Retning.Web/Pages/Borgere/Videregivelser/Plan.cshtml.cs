using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Consents;
using Retning.Web.Pages.Borgere;
using Retning.Web.Services.Disclosures;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Videregivelser;

/// <summary>
/// Disclosing chosen parts of the individual plan to the municipality (contact team and leaders).
/// <see cref="DisclosureRules"/> decides: only with a valid consent covering the plan on the day it
/// is sent, or on the municipality's recorded request under retssikkerhedsloven § 11 a–c. When it
/// is refused, the reason stands at the field and nothing is recorded; when allowed, one
/// disclosure row and one Export audit row are saved together, and the chosen parts can be
/// fetched as a DOCX to send.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PlanModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DisclosureRecorder recorder, PlanService plans, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public const string AuditSubject = "Videregivelse: individuel plan";
    private const string DeniedSubject = "Videregivelse: individuel plan (uden ret)";

    [BindProperty]
    public PlanDisclosureInput Input { get; set; } = new();

    public bool HasPlan { get; private set; }
    public IReadOnlyList<Consent> Consents { get; private set; } = [];

    /// <summary>The consent that covers the plan today, when there is one.</summary>
    public Consent? Covering { get; private set; }

    public IReadOnlyList<SelectListItem> ConsentItems =>
    [
        new("Vælg samtykke", string.Empty),
        .. Consents.Select(c => new SelectListItem(
            $"{c.Scope.Danish()} – givet {c.GivenOn.ToDanishDate()} af {c.GivenByName} ({ConsentRules.StateOn(c, Today).Danish().ToLowerInvariant()})", c.Id.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> ChannelItems { get; } =
    [
        new("Vælg hvordan", string.Empty),
        .. Enum.GetValues<DisclosureChannel>().Select(c => new SelectListItem(c.Danish(), c.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> ParagraphItems { get; } =
    [
        new("Vælg bestemmelse", string.Empty),
        .. DisclosureRules.RequestParagraphs.Select(p => new SelectListItem("§ " + p, p)),
    ];

    /// <summary>The two bases the plan may go on (the "necessary for the decision" basis is for statuses only).</summary>
    public static IReadOnlyList<(DisclosureBasis Basis, string Label, string Hint)> BasisChoices { get; } =
    [
        (DisclosureBasis.Consent, "Samtykke", "Borgeren eller repræsentanten har givet et gyldigt samtykke til at videregive planen til kommunen."),
        (DisclosureBasis.MunicipalRequest, "Kommunens anmodning efter retssikkerhedsloven § 11 a–c", "Kommunen har bedt om oplysningerne til brug for sin afgørelse eller opfølgning."),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "videregivelser", DeniedSubject) is { } denied)
        {
            return denied;
        }

        await LoadChoicesAsync(id, HttpContext.RequestAborted);
        Input = new PlanDisclosureInput
        {
            RecipientName = Citizen.CaseworkerName,
            RecipientOrganisation = Citizen.Municipality,
            SentOn = Today,
            Basis = Covering is null ? null : DisclosureBasis.Consent,
            ConsentId = Covering?.Id,
        };
        await audit.RecordAsync(AuditAction.Read, id, "Videregivelse: individuel plan (formular)", ct: HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "videregivelser", DeniedSubject) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        await LoadChoicesAsync(id, ct);
        var request = Input.ToRequest();
        if (!HasPlan)
        {
            ModelState.AddModelError(string.Empty, "Borgeren har ingen individuel plan, der kan videregives.");
        }

        if (Input.PlanParts.Any(p => !PlanParts.IsKnown(p)))
        {
            ModelState.AddModelError("Input.PlanParts", "Vælg blandt planens dele på listen.");
        }

        // A field with a message already (an unknown plan part, an impossible date) keeps that one alone.
        ModelState.AddFieldErrors(recorder.Validate(request, Consents, Today)
            .Where(e => !ModelState.TryGetValue("Input." + e.Field, out var entry) || entry.Errors.Count == 0));

        if (!ModelState.IsValid)
        {
            // Refused: nothing is recorded, and the attempt is a read of the form, not an export.
            await audit.RecordAsync(AuditAction.Read, id, "Videregivelse: individuel plan (afvist)", ct: ct);
            return Page();
        }

        var disclosure = recorder.Record(id, request, statusReportId: null, revision: null, meetingId: null, me, NowUtc);
        // What is sent is frozen now, in the same save: a later download gives this, not the plan as it is then.
        await PlanDisclosureCopy.FreezeAsync(Db, plans, Citizen, disclosure, Clock.GetUtcNow(), ct);
        audit.Add(AuditAction.Export, id, AuditSubject, DisclosureRecorder.AuditDetail(disclosure));
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = $"Videregivelsen er registreret: {PlanParts.Labels(request.PlanParts).ToLowerInvariant()}. Hent de valgte dele som Word-dokument herunder.";
        return Redirect(Routes.Citizen(id).DisclosureRecorded(disclosure.Id));
    }

    /// <summary>Whether there is a plan to disclose, and the consents to choose from.</summary>
    private async Task LoadChoicesAsync(Guid id, CancellationToken ct)
    {
        HasPlan = await Db.Plans.AnyAsync(p => p.CitizenId == id, ct);
        Consents = await recorder.ConsentsAsync(id, ct);
        Covering = ConsentRules.Covering(Consents, ConsentScope.PlanToMunicipality, Today);
    }
}
