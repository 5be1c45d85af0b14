using System.Globalization;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Formaalskategorier;

/// <summary>
/// What the administrator does with a region's categories: add, rename, move one place, take out
/// of use or into use again. The rules are in <see cref="PurposeCategoryRules"/>; each change of an
/// existing category is checked against the version the page showed (docs/adr/0004).
/// </summary>
public sealed partial class IndexModel
{
    /// <summary>What a change of a category that changed since the page was shown answers.</summary>
    public static string StaleMessage(string name) =>
        $"En anden administrator har ændret kategorien {name}, mens du så på listen. Intet er ændret. Listen herunder er den gemte; prøv igen.";

    [Idempotent]
    public async Task<IActionResult> OnPostTilfoejAsync(Guid region)
    {
        this.KeepOnly(nameof(NewCategory), NewCategory);
        if (await LoadForPostAsync(region) is { } notFound)
        {
            return notFound;
        }

        var name = FormText.Clean(NewCategory.Name);
        if (!NameIsValid(nameof(NewCategory), name, self: null))
        {
            return Page();
        }

        var category = new PurposeCategory { RegionId = region, Name = name!, SortOrder = PurposeCategoryRules.NextOrder(Categories) };
        db.PurposeCategories.Add(category);
        Audit(AuditAction.Create, region, d => d.Key("kategori", category.Id).Fact("navn", name));
        if (!await TrySaveAsync(region))
        {
            // Only a twin name saved at the same moment can refuse a new category: the rules now see it.
            NameIsValid(nameof(NewCategory), name, self: null);
            return Page();
        }

        logger.LogInformation("User {UserId} added purpose category {CategoryId} to region {RegionId}", me.Id, category.Id, region);
        TempData["Success"] = "Kategorien er tilføjet sidst i listen.";
        return Redirect(Routes.Admin.PurposeCategoriesOf(region));
    }

    public async Task<IActionResult> OnPostOmdoebAsync(Guid region)
    {
        this.KeepOnly(nameof(Rename), Rename);
        if (await LoadForPostAsync(region) is { } notFound)
        {
            return notFound;
        }

        if (Category(Rename.Id) is not { } category)
        {
            return NotFound();
        }

        var name = FormText.Clean(Rename.Name);
        if (!NameIsValid(nameof(Rename), name, category.Id))
        {
            return Page();
        }

        if (category.Version != Rename.Version)
        {
            return RenameConflict(category);
        }

        if (name == category.Name)
        {
            TempData["Success"] = "Navnet var det samme, så intet er ændret.";
            return Redirect(Routes.Admin.PurposeCategoriesOf(region));
        }

        var old = category.Name;
        category.Name = name!;
        Audit(AuditAction.Update, region, d => d.Key("kategori", category.Id).Change("navn", old, name));
        if (!await TrySaveAsync(region, category, Rename.Version))
        {
            return RenameConflict(Category(Rename.Id) ?? category);
        }

        logger.LogInformation("User {UserId} renamed purpose category {CategoryId}", me.Id, category.Id);
        TempData["Success"] = "Kategorien har fået nyt navn. Formål, der allerede har den, viser det nye navn.";
        return Redirect(Routes.Admin.PurposeCategoriesOf(region));
    }

    public async Task<IActionResult> OnPostFlytAsync(Guid region, Guid id, string? retning, int version)
    {
        ModelState.Clear();
        if (await LoadForPostAsync(region) is { } notFound)
        {
            return notFound;
        }

        if (ListOrder.Step(retning) is not { } step)
        {
            return BadRequest();
        }

        if (Category(id) is not { } category)
        {
            return NotFound();
        }

        if (category.Version != version)
        {
            return Stale(category.Name);
        }

        if (ListOrder.Move(Categories, id, step, c => c.Id, (c, order) => c.SortOrder = order) is not { } moved)
        {
            TempData["Success"] = $"Kategorien står allerede {(step < 0 ? "øverst" : "nederst")}.";
            return Redirect(Routes.Admin.PurposeCategoriesOf(region));
        }

        Audit(AuditAction.Update, region, d => d.Key("kategori", id).Fact("navn", category.Name)
            .Change("plads", moved.From.ToString(CultureInfo.InvariantCulture), moved.To.ToString(CultureInfo.InvariantCulture)));
        if (!await TrySaveAsync(region, category, version))
        {
            return Stale(category.Name);
        }

        logger.LogInformation("User {UserId} moved purpose category {CategoryId} {Direction}", me.Id, id, retning);
        TempData["Success"] = $"Kategorien er flyttet {(step < 0 ? "op" : "ned")}.";
        return Redirect(Routes.Admin.PurposeCategoriesOf(region));
    }

    public async Task<IActionResult> OnPostAktivAsync(Guid region, Guid id, bool aktiv, int version)
    {
        ModelState.Clear();
        if (await LoadForPostAsync(region) is { } notFound)
        {
            return notFound;
        }

        if (Category(id) is not { } category)
        {
            return NotFound();
        }

        if (category.Version != version)
        {
            return Stale(category.Name);
        }

        if (ModelState.AddFieldErrors(PurposeCategoryRules.CheckActive(category, aktiv, Categories), prefix: string.Empty))
        {
            return Page();
        }

        if (category.IsActive != aktiv)
        {
            Audit(AuditAction.Update, region, d => d.Key("kategori", id).Fact("navn", category.Name).Change("i brug", category.IsActive, aktiv));
            category.IsActive = aktiv;
            if (!await TrySaveAsync(region, category, version))
            {
                return Stale(category.Name);
            }

            logger.LogInformation("User {UserId} set purpose category {CategoryId} active={Active}", me.Id, id, aktiv);
        }

        TempData["Success"] = aktiv
            ? $"{category.Name} er i brug og kan vælges til formål igen."
            : $"{category.Name} er taget ud af brug. Den kan ikke vælges til nye formål; formål, der allerede har den, beholder den.";
        return Redirect(Routes.Admin.PurposeCategoriesOf(region));
    }

    /// <summary>A post names its region; without one there is nothing to change (400), an unknown one is 404.</summary>
    private async Task<IActionResult?> LoadForPostAsync(Guid regionId) =>
        regionId == Guid.Empty ? BadRequest() : await LoadAsync(regionId);

    /// <summary>
    /// Saves the change and its audit row together; the changed category must still have the version the
    /// page showed. A concurrent change (or a twin name saved at the same moment) saves nothing, reloads
    /// the stored list and returns false; the caller says why.
    /// </summary>
    private async Task<bool> TrySaveAsync(Guid regionId, PurposeCategory? changed = null, int version = 0)
    {
        if (changed is not null)
        {
            db.Entry(changed).Property(c => c.Version).OriginalValue = version;
        }

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return true;
        }
        catch (DbUpdateException)
        {
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            await LoadAsync(regionId);
            logger.LogInformation("User {UserId} met a concurrency conflict on the purpose categories of region {RegionId}", me.Id, regionId);
            return false;
        }
    }

    private PageResult Stale(string name)
    {
        ModelState.AddModelError(string.Empty, StaleMessage(name));
        return Page();
    }

    /// <summary>The rename form stays open with the typed name; saving again is now a deliberate choice over the stored one.</summary>
    private PageResult RenameConflict(PurposeCategory stored)
    {
        Rename.Version = stored.Version;
        ModelState.Remove($"{nameof(Rename)}.{nameof(RenameCategoryInput.Version)}");
        ModelState.AddModelError($"{nameof(Rename)}.{nameof(RenameCategoryInput.Name)}",
            $"En anden administrator har ændret kategorien, mens du rettede den; den gemte hedder {stored.Name}. Dit navn er bevaret. Gem igen for at bruge det.");
        return Page();
    }

    private void Audit(AuditAction action, Guid regionId, Func<AuditDetailBuilder, AuditDetailBuilder> detail) =>
        audit.Add(action, null, AdminAudit.PurposeCategoriesSubject, detail(new AuditDetailBuilder().Key("region", regionId)).ToString());

    /// <summary>A category of the loaded region; null for one of another region (the caller answers 404).</summary>
    private PurposeCategory? Category(Guid? id) => id is null ? null : Categories.FirstOrDefault(c => c.Id == id);

    /// <summary>The rules' messages at the posted form's name field; a name already refused there (too long) is not checked further.</summary>
    private bool NameIsValid(string prefix, string? name, Guid? self)
    {
        if (ModelState.TryGetValue($"{prefix}.Name", out var field) && field.Errors.Count > 0)
        {
            return false;
        }

        return !ModelState.AddFieldErrors(PurposeCategoryRules.CheckName(name, Categories, self), prefix);
    }
}
