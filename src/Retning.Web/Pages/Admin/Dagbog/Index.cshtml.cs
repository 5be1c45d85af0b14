using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Pages.Admin.Skabeloner;

namespace Retning.Web.Pages.Admin.Dagbog;

/// <summary>
/// The resident diary's two lists of one offer (contexts and note types: add, rename, reorder,
/// make inactive or active again) and the offer's response-rate threshold. The same people as the
/// templates: an administrator for every offer, a Tilbudsleder for the own offer(s); 403 for
/// everyone else. Entries are never deleted, because written notes point at them. No citizen data.
/// What the administrator does with the lists is in Index.Lists.cs; choosing the offer and the
/// threshold are here.
/// </summary>
[Authorize]
public sealed partial class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public CategoryInput NewContext { get; set; } = new();

    [BindProperty]
    public CategoryInput NewNoteType { get; set; } = new();

    [BindProperty]
    public RenameInput Rename { get; set; } = new();

    [BindProperty]
    public ThresholdInput Threshold { get; set; } = new();

    public Guid OfferId { get; private set; }
    public string OfferName { get; private set; } = string.Empty;

    /// <summary>The offers the user may choose between (empty when there is nothing to choose).</summary>
    public IReadOnlyList<SelectListItem> OfferChoices { get; private set; } = [];

    public IReadOnlyList<DiaryCategory> Contexts { get; private set; } = [];
    public IReadOnlyList<DiaryCategory> NoteTypes { get; private set; } = [];
    public bool HasOffer => OfferId != Guid.Empty;

    public IReadOnlyList<DiaryCategory> ListOf(DiaryCategoryKind kind) => kind == DiaryCategoryKind.Context ? Contexts : NoteTypes;

    public async Task<IActionResult> OnGetAsync(Guid? tilbud, Guid? ret)
    {
        if (await LoadAsync(tilbud) is { } denied)
        {
            return denied;
        }

        Threshold = new ThresholdInput { Percent = (await ThresholdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (ret is { } id && Contexts.Concat(NoteTypes).FirstOrDefault(c => c.Id == id) is { } entry)
        {
            Rename = new RenameInput { Id = entry.Id, Name = entry.Name };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSvarprocentAsync(Guid tilbud)
    {
        this.KeepOnly(nameof(Threshold), Threshold);
        if (await LoadForPostAsync(tilbud, thresholdPosted: true) is { } denied)
        {
            return denied;
        }

        if (ModelState.AddFieldErrors(DiaryListRules.CheckThreshold(Threshold.Percent), nameof(Threshold)))
        {
            return Page();
        }

        var percent = DiaryListRules.ParseThreshold(Threshold.Percent)!.Value;

        var ct = HttpContext.RequestAborted;
        var rules = await db.OfferPlanRules.FirstOrDefaultAsync(r => r.OfferId == tilbud, ct);
        if (rules is null)
        {
            // An offer created before the rules existed gets its defaults now.
            var offer = await db.Offers.FirstAsync(o => o.Id == tilbud, ct);
            rules = OfferDefaults.Rules(offer);
            db.OfferPlanRules.Add(rules);
        }

        audit.Add(AuditAction.Update, null, AdminAudit.DiaryListsSubject, new AuditDetailBuilder().Key("tilbud", tilbud)
            .Change("svarprocent", $"{rules.ResponseRateThresholdPercent} %", $"{percent} %").ToString());
        rules.ResponseRateThresholdPercent = percent;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} set the response-rate threshold of offer {OfferId} to {Percent}", me.Id, tilbud, percent);
        TempData["Success"] = $"Svarprocenten er gemt: {percent} %.";
        return Redirect(Routes.Admin.DiaryLists(tilbud, "svarprocent"));
    }

    private async Task<int> ThresholdAsync() =>
        await db.OfferPlanRules.AsNoTracking().Where(r => r.OfferId == OfferId)
            .Select(r => (int?)r.ResponseRateThresholdPercent).FirstOrDefaultAsync(HttpContext.RequestAborted) ?? 70;

    /// <summary>
    /// A post names its offer; without one there is nothing to change. The threshold form shows the
    /// stored value unless it is the form being posted (then the typed value stays).
    /// </summary>
    private async Task<IActionResult?> LoadForPostAsync(Guid offerId, bool thresholdPosted = false)
    {
        if (!TemplateAccess.MayAdministerAny(me))
        {
            return Forbid();
        }

        if (offerId == Guid.Empty)
        {
            return BadRequest();
        }

        if (await LoadAsync(offerId) is { } denied)
        {
            return denied;
        }

        if (!thresholdPosted)
        {
            Threshold = new ThresholdInput { Percent = (await ThresholdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return null;
    }

    /// <summary>
    /// Loads the chosen offer's lists (tracked, so a handler can change them). No offer chosen: the
    /// first the user may administer. 404 for an unknown offer, 403 for one the user may not administer.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid? offerId)
    {
        if (!TemplateAccess.MayAdministerAny(me))
        {
            return Forbid();
        }

        var ct = HttpContext.RequestAborted;
        if (offerId is { } requested && !await db.Offers.AnyAsync(o => o.Id == requested, ct))
        {
            return NotFound();
        }

        if (offerId is { } chosen && !TemplateAccess.MayAdminister(me, chosen))
        {
            return Forbid();
        }

        var query = TemplateAccess.AdministeredOffers(db, me);

        var offers = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var offer = offerId is { } id ? offers.FirstOrDefault(o => o.Id == id) : offers.FirstOrDefault();
        if (offer is null)
        {
            return null;
        }

        OfferId = offer.Id;
        OfferName = offer.Name;
        OfferChoices = offers.Count < 2 ? [] : [.. offers.Select(o => new SelectListItem(o.Name, o.Id.ToString(), o.Id == offer.Id))];
        var all = await db.DiaryCategories.Where(c => c.OfferId == offer.Id).OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(ct);
        Contexts = [.. all.Where(c => c.Kind == DiaryCategoryKind.Context)];
        NoteTypes = [.. all.Where(c => c.Kind == DiaryCategoryKind.NoteType)];
        return null;
    }
}
