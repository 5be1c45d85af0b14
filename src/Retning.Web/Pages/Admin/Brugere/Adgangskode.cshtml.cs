using Microsoft.AspNetCore.Identity;
using Retning.Data.Identity;

namespace Retning.Web.Pages.Admin.Brugere;

/// <summary>
/// An administrator sets a new password for a user. It goes through a reset token, so the
/// password is validated before anything changes, and the new security stamp ends the user's sessions.
/// The password and its audit row commit in one transaction.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AdgangskodeModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, CurrentUser me,
    AuditLog audit, ILogger<AdgangskodeModel> logger) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public AppUser AppUser { get; private set; } = default!;

    public string Name => string.IsNullOrWhiteSpace(AppUser.FullName) ? AppUser.Email ?? string.Empty : AppUser.FullName;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }

        AppUser = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }

        AppUser = user;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The audit row says that a password was set, never which; it commits with the new password or not at all.
        var result = IdentityResult.Success;
        var saved = await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, Input.New!);
            return result.Succeeded;
        }, AuditAction.PasswordSet, AdminAudit.UserSubject, () => new AuditDetailBuilder().Key("bruger", id).ToString(), HttpContext.RequestAborted);
        if (!saved)
        {
            IdentityErrors.AddTo(ModelState, result.Errors, "Input.New", "Input.New");
            return Page();
        }

        await UserSessions.EndOthersAsync(HttpContext, user.Id);
        if (user.Id == me.Id)
        {
            // The new security stamp would otherwise end the administrator's own session.
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogInformation("Administrator {AdminId} set a new password for user {UserId}", me.Id, id);
        TempData["Success"] = "Den nye adgangskode er sat. Brugeren er logget ud alle steder. Giv brugeren adgangskoden på en sikker måde.";
        return Redirect(Routes.Admin.User(id));
    }
}
