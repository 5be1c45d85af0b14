using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.ApiClients;

namespace Retning.Web.Pages.Admin.ApiKlienter;

/// <summary>Registering an API client; its secret is shown once, on the client's page right after (docs/adr/0017).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NyModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<NyModel> logger) : PageModel, IApiClientForm
{
    /// <summary>The TempData key of the new secret: read once by the client's page, then gone (the cookie is encrypted).</summary>
    public const string SecretKey = "ApiClientSecret";

    [BindProperty]
    public ApiClientInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> DepartmentChoices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        DepartmentChoices = await ApiClientInput.DepartmentChoicesAsync(db, HttpContext.RequestAborted);
        Input.Read = true;
        Input.ExpiresOn = DanishTime.Today(clock).AddYears(1);
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        DepartmentChoices = await ApiClientInput.DepartmentChoicesAsync(db, ct);
        var known = DepartmentChoices.Select(d => Guid.Parse(d.Value)).ToHashSet();
        ModelState.AddFieldErrors(ModelState.NotYetShown(Input.Check(known, DanishTime.Today(clock))));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ApiClientSecrets.NewSecret();
        var client = new ApiClient
        {
            ClientId = ApiClientSecrets.NewClientId(),
            Name = string.Empty,
            SecretHash = ApiClientSecrets.Hash(secret),
            CreatedUtc = now,
            CreatedBy = me.UserName,
            ChangedUtc = now,
            ChangedBy = me.UserName,
        };
        Input.ApplyTo(client);
        db.ApiClients.Add(client);
        audit.Add(AuditAction.Create, null, AdminAudit.ApiClientSubject, new AuditDetailBuilder().Key("api-klient", client.Id)
            .Fact("navn", client.Name).Fact("klient-id", client.ClientId).Fact("adgang", ApiClientInput.Describe(client, DepartmentChoices)).ToString());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Administrator {AdminId} registered API client {ClientId}", me.Id, client.Id);

        TempData[SecretKey] = secret;
        TempData["Success"] = "API-klienten er oprettet.";
        return Redirect(Routes.Admin.ApiClient(client.Id));
    }
}
