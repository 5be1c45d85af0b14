using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using System.Globalization;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Admin.Skabeloner;

namespace Retning.Web.Pages.Admin.Dagbog;

/// <summary>
/// The resident diary's two lists of one offer (contexts and note types: add, rename, reorder,
/// make inactive or active again) and the offer's response-rate threshold. The same people as the
/// templates: an administrator for every offer, a Tilbudsleder for the own offer(s); 403 for
/// everyone else. Entries are never deleted, because written notes point at them. No citizen data.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, ILogger<IndexModel> logger) : PageModel
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

    [Idempotent]
    public async Task<IActionResult> OnPostTilfoejAsync(Guid tilbud, DiaryCategoryKind kind)
    {
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        var prefix = kind switch
        {
            DiaryCategoryKind.Context => nameof(NewContext),
            DiaryCategoryKind.NoteType => nameof(NewNoteType),
            _ => null,
        };
        if (prefix is null)
        {
            return BadRequest();
        }

        this.KeepOnly(prefix, kind == DiaryCategoryKind.Context ? NewContext : NewNoteType);

        var typed = kind == DiaryCategoryKind.Context ? NewContext.Name : NewNoteType.Name;
        var list = ListOf(kind);
        var name = DiaryListRules.CheckName(ModelState, $"{prefix}.Name", typed, kind, list);
        if (name is null)
        {
            return Page();
        }

        var entry = new DiaryCategory { OfferId = tilbud, Kind = kind, Name = name, Order = list.Count == 0 ? 1 : list.Max(c => c.Order) + 1 };
        db.DiaryCategories.Add(entry);
        Audit(AuditAction.Create, tilbud, kind, d => d.Fact("navn", name));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} added diary {Kind} {EntryId} to offer {OfferId}", me.Id, kind, entry.Id, tilbud);
        TempData["Success"] = $"{DiaryListRules.Definite(kind)} er tilføjet.";
        return Back(tilbud, kind);
    }

    public async Task<IActionResult> OnPostOmdoebAsync(Guid tilbud)
    {
        this.KeepOnly(nameof(Rename), Rename);
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        if (Entry(Rename.Id) is not { } entry)
        {
            return NotFound();
        }

        var name = DiaryListRules.CheckName(ModelState, "Rename.Name", Rename.Name, entry.Kind, ListOf(entry.Kind), entry.Id);
        if (name is null)
        {
            return Page();
        }

        if (name == entry.Name)
        {
            TempData["Success"] = "Navnet var det samme, så intet er ændret.";
            return Back(tilbud, entry.Kind);
        }

        var old = entry.Name;
        entry.Name = name;
        Audit(AuditAction.Update, tilbud, entry.Kind, d => d.Change("navn", old, name));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} renamed diary {Kind} {EntryId}", me.Id, entry.Kind, entry.Id);
        TempData["Success"] = $"{DiaryListRules.Definite(entry.Kind)} har fået nyt navn.";
        return Back(tilbud, entry.Kind);
    }

    public async Task<IActionResult> OnPostFlytAsync(Guid tilbud, Guid id, string? retning)
    {
        ModelState.Clear();
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        var step = retning switch
        {
            "op" => -1,
            "ned" => 1,
            _ => 0,
        };
        if (step == 0)
        {
            return BadRequest();
        }

        if (Entry(id) is not { } entry)
        {
            return NotFound();
        }

        // Renumber the whole list 1..n while swapping, so entries that once shared an Order get one each.
        var list = ListOf(entry.Kind).ToList();
        var at = list.FindIndex(c => c.Id == id);
        var to = at + step;
        if (to < 0 || to >= list.Count)
        {
            TempData["Success"] = $"{DiaryListRules.Definite(entry.Kind)} står allerede {(step < 0 ? "øverst" : "nederst")}.";
            return Back(tilbud, entry.Kind);
        }

        (list[at], list[to]) = (list[to], list[at]);
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Order = i + 1;
        }

        Audit(AuditAction.Update, tilbud, entry.Kind, d => d.Fact("navn", entry.Name).Change("plads", (at + 1).ToString(CultureInfo.InvariantCulture), (to + 1).ToString(CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} moved diary {Kind} {EntryId} {Direction}", me.Id, entry.Kind, id, retning);

        TempData["Success"] = $"{DiaryListRules.Definite(entry.Kind)} er flyttet {(step < 0 ? "op" : "ned")}.";
        return Back(tilbud, entry.Kind);
    }

    public async Task<IActionResult> OnPostAktivAsync(Guid tilbud, Guid id, bool aktiv)
    {
        ModelState.Clear();
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        if (Entry(id) is not { } entry)
        {
            return NotFound();
        }

        if (!aktiv && entry.IsMissingWork)
        {
            // The evaluation counts notes of this type as missing work on a sub-goal; without it that count is lost.
            ModelState.AddModelError(string.Empty,
                $"Notattypen {entry.Name} kan ikke gøres inaktiv, fordi evalueringen tæller notater af denne type som manglende arbejde med delmål.");
            return Page();
        }

        if (!aktiv && entry.IsActive && ListOf(entry.Kind).Count(c => c.IsActive) == 1)
        {
            ModelState.AddModelError(string.Empty,
                $"{entry.Name} er den eneste aktive {DiaryListRules.Noun(entry.Kind)}. Der skal være mindst én, ellers kan der ikke skrives notater.");
            return Page();
        }

        if (entry.IsActive != aktiv)
        {
            Audit(AuditAction.Update, tilbud, entry.Kind, d => d.Fact("navn", entry.Name).Change("aktiv", entry.IsActive, aktiv));
            entry.IsActive = aktiv;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            logger.LogInformation("User {UserId} set diary {Kind} {EntryId} active={Active}", me.Id, entry.Kind, id, aktiv);
        }

        TempData["Success"] = aktiv
            ? $"{DiaryListRules.Definite(entry.Kind)} er aktiv og kan vælges i dagbogen igen."
            : $"{DiaryListRules.Definite(entry.Kind)} er inaktiv. Den kan ikke længere vælges til nye notater; notater, der allerede har den, beholder den.";
        return Back(tilbud, entry.Kind);
    }

    public async Task<IActionResult> OnPostSvarprocentAsync(Guid tilbud)
    {
        this.KeepOnly(nameof(Threshold), Threshold);
        if (await LoadForPostAsync(tilbud, thresholdPosted: true) is { } denied)
        {
            return denied;
        }

        var percent = DiaryListRules.CheckThreshold(ModelState, "Threshold.Percent", Threshold.Percent);
        if (percent is null)
        {
            return Page();
        }

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
            .Change("svarprocent", $"{rules.ResponseRateThresholdPercent} %", $"{percent.Value} %").ToString());
        rules.ResponseRateThresholdPercent = percent.Value;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} set the response-rate threshold of offer {OfferId} to {Percent}", me.Id, tilbud, percent);
        TempData["Success"] = $"Svarprocenten er gemt: {percent} %.";
        return Redirect($"/admin/dagbog?tilbud={tilbud}#svarprocent");
    }

    /// <summary>Adds the audit row of a change to one of the offer's two lists (committed by the handler's save).</summary>
    private void Audit(AuditAction action, Guid offerId, DiaryCategoryKind kind, Func<AuditDetailBuilder, AuditDetailBuilder> detail) =>
        audit.Add(action, null, AdminAudit.DiaryListsSubject,
            detail(new AuditDetailBuilder().Key("tilbud", offerId).Fact("liste", kind == DiaryCategoryKind.Context ? "kontekster" : "notattyper")).ToString());

    private RedirectResult Back(Guid offerId, DiaryCategoryKind kind) =>
        Redirect($"/admin/dagbog?tilbud={offerId}#{(kind == DiaryCategoryKind.Context ? "kontekster" : "notattyper")}");

    /// <summary>An entry of the loaded offer's lists; null for one of another offer (the caller answers 404).</summary>
    private DiaryCategory? Entry(Guid? id) => id is null ? null : Contexts.Concat(NoteTypes).FirstOrDefault(c => c.Id == id);

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

        var allowed = TemplateAccess.Offers(me);
        var query = db.Offers.AsNoTracking();
        if (allowed is not null)
        {
            var ids = allowed.ToArray();
            query = query.Where(o => ids.Contains(o.Id));
        }

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
