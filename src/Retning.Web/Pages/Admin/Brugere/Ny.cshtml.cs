using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Data.Identity;
using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Brugere;

/// <summary>Creating a user with a first password and a first role in a department, and its audit row, in one transaction.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NyModel(AppDbContext db, UserManager<AppUser> users, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<NyModel> logger) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Roles { get; } = AdminOptions.Roles();

    public async Task OnGetAsync() => Departments = await AdminOptions.DepartmentsAsync(db, HttpContext.RequestAborted);

    [Idempotent]
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        Departments = await AdminOptions.DepartmentsAsync(db, ct);
        if (Input.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            ModelState.AddModelError("Input.DepartmentId", "Afdelingen findes ikke længere. Vælg en anden.");
        }

        var email = Input.Email?.Trim() ?? string.Empty;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = Input.FullName?.Trim() ?? string.Empty,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };

        // Identity's rules for the e-mail and the password are checked together, so every error shows at once.
        if (ModelState.GetFieldValidationState("Input.Email") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Valid)
        {
            await AddErrorsAsync(users.UserValidators.Select(v => v.ValidateAsync(users, user)));
        }

        if (!string.IsNullOrEmpty(Input.Password))
        {
            await AddErrorsAsync(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, Input.Password)));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result.Errors, "Input.Email", "Input.Password");
            return Page();
        }

        // A new user has nothing cached yet; raised all the same, as with every write of a role.
        await AccessStamps.RaiseForUserAsync(db, user.Id, ct);
        db.Memberships.Add(new DepartmentMembership
        {
            UserId = user.Id, DepartmentId = Input.DepartmentId!.Value, Role = Input.Role!.Value, GrantedUtc = clock.GetUtcNow().UtcDateTime, GrantedById = me.Id,
        });
        audit.Add(AuditAction.Create, null, AdminAudit.UserSubject, new AuditDetailBuilder().Key("bruger", user.Id)
            .Key("afdeling", Input.DepartmentId).Key("rolle", Input.Role).Fact("e-mail", user.Email).ToString());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Administrator {AdminId} created user {UserId} with role {Role} in department {DepartmentId}",
            me.Id, user.Id, Input.Role, Input.DepartmentId);

        TempData["Success"] = "Brugeren er oprettet. Giv brugeren adgangskoden på en sikker måde.";
        return Redirect(Routes.Admin.User(user.Id));
    }

    private async Task AddErrorsAsync(IEnumerable<Task<IdentityResult>> checks)
    {
        foreach (var check in checks)
        {
            IdentityErrors.AddTo(ModelState, (await check).Errors, "Input.Email", "Input.Password");
        }
    }
}
