using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.ApiClients;

namespace Retning.Web.Pages.Admin.ApiKlienter;

/// <summary>
/// One API client: its departments, rights and expiry (guarded by the version it was opened on), a new
/// secret (shown once) and revocation. Every change is one audit row in the change's transaction (docs/adr/0017).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class RedigerModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<RedigerModel> logger) : PageModel, IApiClientForm
{
    [BindProperty]
    public ApiClientInput Input { get; set; } = new();

    public ApiClient Client { get; private set; } = default!;
    public ApiClientState State { get; private set; }
    public IReadOnlyList<SelectListItem> DepartmentChoices { get; private set; } = [];

    /// <summary>The new secret, right after creation or "new secret" only (from TempData, read once).</summary>
    public string? Secret { get; private set; }

    /// <summary>The stored version when a save met a conflict.</summary>
    public ApiClientInput? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Secret = TempData[NyModel.SecretKey] as string;
        Input = ApiClientInput.From(Client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        this.KeepOnly(nameof(Input), Input);
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var known = DepartmentChoices.Select(d => Guid.Parse(d.Value)).ToHashSet();
        ModelState.AddFieldErrors(ModelState.NotYetShown(Input.Check(known, DanishTime.Today(clock))));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = ApiClientInput.Describe(Client, DepartmentChoices);
        var beforeName = Client.Name;
        db.Entry(Client).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Client);
        Touch();
        audit.Add(AuditAction.Update, null, AdminAudit.ApiClientSubject, new AuditDetailBuilder().Key("api-klient", id)
            .Change("navn", beforeName, Client.Name).Change("adgang", before, ApiClientInput.Describe(Client, DepartmentChoices)).ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            return await ShowConflictAsync(id, ct);
        }

        logger.LogInformation("Administrator {AdminId} updated API client {ClientId}", me.Id, id);
        TempData["Success"] = "API-klienten er gemt.";
        return Redirect(Routes.Admin.ApiClient(id));
    }

    public async Task<IActionResult> OnPostNyHemmelighedAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Client.RevokedUtc is not null)
        {
            return RefuseRevoked();
        }

        var secret = ApiClientSecrets.NewSecret();
        Client.SecretHash = ApiClientSecrets.Hash(secret);
        Client.SecretStamp = Guid.NewGuid();
        Touch();
        audit.Add(AuditAction.Update, null, AdminAudit.ApiClientSubject,
            new AuditDetailBuilder().Key("api-klient", id).Fact("handling", "ny hemmelighed").ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} gave API client {ClientId} a new secret", me.Id, id);
        TempData[NyModel.SecretKey] = secret;
        TempData["Success"] = "Klienten har fået en ny hemmelighed. Den gamle virker ikke længere.";
        return Redirect(Routes.Admin.ApiClient(id));
    }

    public async Task<IActionResult> OnPostTilbagekaldAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Client.RevokedUtc is not null)
        {
            return RefuseRevoked();
        }

        Client.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        Client.RevokedBy = me.UserName;
        Touch();
        audit.Add(AuditAction.Update, null, AdminAudit.ApiClientSubject,
            new AuditDetailBuilder().Key("api-klient", id).Fact("handling", "tilbagekaldt").ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} revoked API client {ClientId}", me.Id, id);
        TempData["Success"] = "API-klienten er tilbagekaldt. Dens tokens virker ikke længere.";
        return Redirect(Routes.Admin.ApiClient(id));
    }

    public string DepartmentNames(IEnumerable<Guid> ids) =>
        string.Join(", ", DepartmentChoices.Where(d => ids.Any(i => i.ToString() == d.Value)).Select(d => d.Text));

    private PageResult RefuseRevoked()
    {
        Input = ApiClientInput.From(Client);
        ModelState.AddModelError(string.Empty, "Klienten er tilbagekaldt. Opret en ny klient i stedet.");
        return Page();
    }

    private void Touch()
    {
        Client.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        Client.ChangedBy = me.UserName;
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Stored = ApiClientInput.From(Client);
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = Client.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, "En anden har gemt ændringer på API-klienten, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var client = await db.ApiClients.Include(c => c.Departments).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return false;
        }

        Client = client;
        State = ApiClientRules.StateOn(client.RevokedUtc, client.ExpiresOn, DanishTime.Today(clock));
        DepartmentChoices = await ApiClientInput.DepartmentChoicesAsync(db, ct);
        return true;
    }
}
