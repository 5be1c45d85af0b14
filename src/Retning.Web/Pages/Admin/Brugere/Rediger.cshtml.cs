using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Data.Identity;
using Retning.Domain.Organisation;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Admin.Brugere;

/// <summary>
/// One user: details (guarded by Identity's concurrency stamp), roles per department, and the
/// account actions an administrator may take (unlock, reset two-factor). Every change goes
/// through UserManager; every action is logged with ids only.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class RedigerModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
    CurrentUser me, TimeProvider clock, ILogger<RedigerModel> logger) : PageModel
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
        var email = Input.Email!.Trim();
        // The update must match the stamp the administrator started from.
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp;
        user.FullName = Input.FullName!.Trim();
        user.Email = email;
        user.UserName = email;
        user.IsActive = Input.IsActive;
        user.PhoneNumber = AdminForms.Clean(Input.Phone);
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
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

        if (wasActive && !user.IsActive)
        {
            // A new security stamp ends the user's open sessions.
            await users.UpdateSecurityStampAsync(user);
            await UserSessions.EndOthersAsync(HttpContext, user.Id);
        }

        logger.LogInformation("Administrator {AdminId} updated user {UserId} (active: {IsActive})", me.Id, id, user.IsActive);
        TempData["Success"] = user.IsActive || !wasActive ? "Brugeren er gemt." : "Brugeren er gemt og deaktiveret. Brugerens sessioner er afsluttet.";
        return Redirect($"/admin/brugere/{id}");
    }

    public async Task<IActionResult> OnPostTilfoejRolleAsync(Guid id)
    {
        this.KeepOnly(nameof(Membership), Membership);
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = UserDetailsInput.From(AppUser);
        var place = Departments.FirstOrDefault(d => d.Value == Membership.DepartmentId?.ToString() && d.Value.Length > 0)?.Text;
        if (Membership.DepartmentId is not null && place is null)
        {
            ModelState.AddModelError("Membership.DepartmentId", "Afdelingen findes ikke længere. Vælg en anden.");
        }

        if (ModelState.IsValid && Roles.Any(r => r.DepartmentId == Membership.DepartmentId && r.Role == Membership.Role))
        {
            ModelState.AddModelError("Membership.Role", $"Brugeren er allerede {Membership.Role!.Value.Danish()} i {place}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Memberships.Add(new DepartmentMembership { UserId = id, DepartmentId = Membership.DepartmentId!.Value, Role = Membership.Role!.Value });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same role a moment ago (the unique index says no).
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Membership.Role", $"Brugeren er allerede {Membership.Role.Value.Danish()} i {place}.");
            await LoadAsync(id);
            return Page();
        }

        logger.LogInformation("Administrator {AdminId} gave user {UserId} role {Role} in department {DepartmentId}",
            me.Id, id, Membership.Role, Membership.DepartmentId);
        TempData["Success"] = $"Rollen {Membership.Role.Value.Danish()} er tilføjet.";
        return Redirect($"/admin/brugere/{id}");
    }

    public async Task<IActionResult> OnPostFjernRolleAsync(Guid id, Guid membershipId)
    {
        ModelState.Clear();
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = UserDetailsInput.From(AppUser);
        var role = Roles.FirstOrDefault(r => r.MembershipId == membershipId);
        if (role is null)
        {
            TempData["Success"] = "Rollen var allerede fjernet.";
            return Redirect($"/admin/brugere/{id}");
        }

        if (IsMe && role.Role == StaffRole.Administrator && Roles.Count(r => r.Role == StaffRole.Administrator) == 1)
        {
            ModelState.AddModelError(RolesKey, "Du kan ikke fjerne din egen sidste administratorrolle. Bed en anden administrator om det.");
            return Page();
        }

        await db.Memberships.Where(m => m.Id == membershipId && m.UserId == id).ExecuteDeleteAsync(ct);
        logger.LogInformation("Administrator {AdminId} removed role {Role} in department {DepartmentId} from user {UserId}",
            me.Id, role.Role, role.DepartmentId, id);
        TempData["Success"] = $"Rollen {role.Role.Danish()} er fjernet.";
        return Redirect($"/admin/brugere/{id}");
    }

    public async Task<IActionResult> OnPostLaasOpAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Administrator {AdminId} unlocked user {UserId}", me.Id, id);
        TempData["Success"] = "Brugeren er låst op og kan logge ind igen.";
        return Redirect($"/admin/brugere/{id}");
    }

    public async Task<IActionResult> OnPostNulstilToFaktorAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        if (user.Id == me.Id)
        {
            // The new security stamp would otherwise end the administrator's own session.
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogInformation("Administrator {AdminId} reset two-factor login of user {UserId}", me.Id, id);
        TempData["Success"] = "To-faktor-login er nulstillet. Brugeren sætter det op igen med en ny nøgle.";
        return Redirect($"/admin/brugere/{id}");
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
