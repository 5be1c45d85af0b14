using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Data.Identity;
using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Brugere;

/// <summary>
/// One user: details (guarded by Identity's concurrency stamp), roles per department, and the
/// account actions an administrator may take (unlock, reset two-factor). Every change goes
/// through UserManager and writes its audit row in the same transaction (<see cref="AdminAudit"/>).
/// The roles and account actions are in Rediger.Roles.cs.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed partial class RedigerModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
    CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<RedigerModel> logger) : PageModel
{
    /// <summary>The error key of the roles table (for the error summary's link).</summary>
    public const string RolesKey = "Roller";

    [BindProperty]
    public UserDetailsInput Input { get; set; } = new();

    [BindProperty]
    public MembershipInput Membership { get; set; } = new();

    public AppUser AppUser { get; private set; } = default!;
    public IReadOnlyList<UserRole> Roles { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoleItems { get; } = AdminOptions.Roles();
    public DateTimeOffset? LockedUntil { get; private set; }
    public bool IsMe => AppUser.Id == me.Id;

    /// <summary>The stored details when a save met a conflict.</summary>
    public UserDetailsInput? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = UserDetailsInput.From(AppUser);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        this.KeepOnly(nameof(Input), Input);
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var user = AppUser;
        if (!Input.IsActive && IsMe)
        {
            ModelState.AddModelError("Input.IsActive", "Du kan ikke deaktivere din egen bruger.");
        }

        if (ModelState.GetFieldValidationState("Input.Phone") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && ContactRules.CheckPhone(Input.Phone) is { } phoneProblem)
        {
            ModelState.AddModelError("Input.Phone", phoneProblem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (user.ConcurrencyStamp != Input.ConcurrencyStamp)
        {
            return ShowConflict(user);
        }

        var wasActive = user.IsActive;
        var before = UserDetailsInput.From(user);
        var email = Input.Email!.Trim();
        // The update must match the stamp the administrator started from.
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp;
        user.FullName = Input.FullName!.Trim();
        user.Email = email;
        user.UserName = email;
        user.IsActive = Input.IsActive;
        user.PhoneNumber = FormText.Clean(Input.Phone);
        var deactivated = wasActive && !user.IsActive;
        var detail = new AuditDetailBuilder().Key("bruger", id).Change("navn", before.FullName, user.FullName)
            .Change("e-mail", before.Email, user.Email).Change("telefon", before.Phone, user.PhoneNumber).Change("aktiv", wasActive, user.IsActive);
        var result = IdentityResult.Success;
        var saved = await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            result = await users.UpdateAsync(user);
            if (result.Succeeded && deactivated)
            {
                // A new security stamp and the ended server-side sessions log the user out everywhere.
                await users.UpdateSecurityStampAsync(user);
                await UserSessions.EndOthersAsync(HttpContext, user.Id);
            }

            return result.Succeeded;
        }, deactivated ? AuditAction.UserDeactivated : AuditAction.Update, AdminAudit.UserSubject, detail.ToString, HttpContext.RequestAborted);
        if (!saved)
        {
            if (result.Errors.Any(e => e.Code == IdentityErrors.Concurrency))
            {
                db.ChangeTracker.Clear();
                return await LoadAsync(id) ? ShowConflict(AppUser) : NotFound();
            }

            IdentityErrors.AddTo(ModelState, result.Errors, "Input.Email", "Input.Email");
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            return Page();
        }

        logger.LogInformation("Administrator {AdminId} updated user {UserId} (active: {IsActive})", me.Id, id, user.IsActive);
        TempData["Success"] = user.IsActive || !wasActive ? "Brugeren er gemt." : "Brugeren er gemt og deaktiveret. Brugerens sessioner er afsluttet.";
        return Redirect(Routes.Admin.User(id));
    }

    private PageResult ShowConflict(AppUser stored)
    {
        Stored = UserDetailsInput.From(stored);
        // Saving again is now a deliberate choice to replace the stored details with this form.
        Input.ConcurrencyStamp = stored.ConcurrencyStamp;
        ModelState.Remove("Input.ConcurrencyStamp");
        ModelState.AddModelError(string.Empty, "En anden har ændret brugeren, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.");
        logger.LogInformation("Administrator {AdminId} met a concurrency conflict on user {UserId}", me.Id, stored.Id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return false;
        }

        AppUser = user;
        LockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        Roles = await UserRole.ForAsync(db, [id], ct);
        Departments = await AdminOptions.DepartmentsAsync(db, ct);
        return true;
    }
}
