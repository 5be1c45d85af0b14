using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Brugere;

/// <summary>
/// The user page's roles and account actions. Each writes one audit row (who: the administrator;
/// whom: "bruger="; what: the action and its before/after) in the same transaction as the change.
/// </summary>
public sealed partial class RedigerModel
{
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

        var (departmentId, role) = (Membership.DepartmentId!.Value, Membership.Role!.Value);
        if (RoleGrantRules.NeedsSecondAdministrator(id, me.Id))
        {
            return await RequestOwnRoleAsync(departmentId, role, place!, ct);
        }

        db.Memberships.Add(new DepartmentMembership
        {
            UserId = id, DepartmentId = departmentId, Role = role, GrantedUtc = clock.GetUtcNow().UtcDateTime, GrantedById = me.Id,
        });
        audit.Add(AuditAction.RoleGranted, null, AdminAudit.UserSubject,
            new AuditDetailBuilder().Key("bruger", id).Key("afdeling", departmentId).Key("rolle", role).ToString());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await AccessStamps.RaiseForUserAsync(db, id, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same role a moment ago (the unique index says no).
            await transaction.RollbackAsync(ct);
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Membership.Role", $"Brugeren er allerede {role.Danish()} i {place}.");
            await LoadAsync(id);
            return Page();
        }

        logger.LogInformation("Administrator {AdminId} gave user {UserId} role {Role} in department {DepartmentId}", me.Id, id, role, departmentId);
        TempData["Success"] = $"Rollen {role.Danish()} er tilføjet.";
        return Redirect(Routes.Admin.User(id));
    }

    /// <summary>
    /// A role for oneself waits for a second administrator (four-eyes): a request, audited, shown on
    /// the admin pages; another administrator approves or rejects it at /admin/anmodninger.
    /// </summary>
    private async Task<IActionResult> RequestOwnRoleAsync(Guid departmentId, StaffRole role, string place, CancellationToken ct)
    {
        var userId = me.Id!.Value;
        if (await db.RoleRequests.AnyAsync(r => r.UserId == userId && r.DepartmentId == departmentId && r.Role == role && r.DecidedUtc == null, ct))
        {
            ModelState.AddModelError("Membership.Role", $"Du har allerede bedt om rollen {role.Danish()} i {place}. Den venter på en anden administrator.");
            return Page();
        }

        db.RoleRequests.Add(new RoleRequest
        {
            UserId = userId, DepartmentId = departmentId, Role = role, RequestedById = userId, RequestedUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Add(AuditAction.RoleRequested, null, AdminAudit.UserSubject,
            new AuditDetailBuilder().Key("bruger", userId).Key("afdeling", departmentId).Key("rolle", role).ToString());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Administrator {AdminId} asked for role {Role} in department {DepartmentId} for himself", userId, role, departmentId);
        TempData["Success"] = $"Du har bedt om rollen {role.Danish()}. Den gælder først, når en anden administrator har godkendt den.";
        return Redirect(Routes.Admin.User(userId));
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
            return Redirect(Routes.Admin.User(id));
        }

        if (IsMe && role.Role == StaffRole.Administrator && Roles.Count(r => r.Role == StaffRole.Administrator) == 1)
        {
            ModelState.AddModelError(RolesKey, "Du kan ikke fjerne din egen sidste administratorrolle. Bed en anden administrator om det.");
            return Page();
        }

        // A role another administrator removed a moment ago deletes nothing and is not recorded again.
        await AdminAudit.InTransactionAsync(db, audit,
            async () =>
            {
                if (await db.Memberships.Where(m => m.Id == membershipId && m.UserId == id).ExecuteDeleteAsync(ct) == 0)
                {
                    return false;
                }

                await AccessStamps.RaiseForUserAsync(db, id, ct);
                return true;
            },
            AuditAction.RoleRemoved, AdminAudit.UserSubject,
            () => new AuditDetailBuilder().Key("bruger", id).Key("afdeling", role.DepartmentId).Key("rolle", role.Role).ToString(), ct);
        logger.LogInformation("Administrator {AdminId} removed role {Role} in department {DepartmentId} from user {UserId}",
            me.Id, role.Role, role.DepartmentId, id);
        TempData["Success"] = $"Rollen {role.Role.Danish()} er fjernet.";
        return Redirect(Routes.Admin.User(id));
    }

    public async Task<IActionResult> OnPostLaasOpAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }

        var lockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        var detail = new AuditDetailBuilder().Key("bruger", id)
            .Change("låst", lockedUntil is { } until ? $"til {(Infrastructure.DanishTime.ToLocal(until.UtcDateTime)).ToDanishDateTime()}" : "nej", "nej")
            .Change("fejlede forsøg", user.AccessFailedCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "0");
        await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return true;
        }, AuditAction.AccountUnlocked, AdminAudit.UserSubject, detail.ToString, HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} unlocked user {UserId}", me.Id, id);
        TempData["Success"] = "Brugeren er låst op og kan logge ind igen.";
        return Redirect(Routes.Admin.User(id));
    }

    public async Task<IActionResult> OnPostNulstilToFaktorAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }

        var detail = new AuditDetailBuilder().Key("bruger", id).Change("to-faktor", user.TwoFactorEnabled ? "slået til" : "slået fra", "slået fra, ny nøgle");
        await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            return true;
        }, AuditAction.TwoFactorReset, AdminAudit.UserSubject, detail.ToString, HttpContext.RequestAborted);
        if (user.Id == me.Id)
        {
            // The new security stamp would otherwise end the administrator's own session.
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogInformation("Administrator {AdminId} reset two-factor login of user {UserId}", me.Id, id);
        TempData["Success"] = "To-faktor-login er nulstillet. Brugeren sætter det op igen med en ny nøgle.";
        return Redirect(Routes.Admin.User(id));
    }
}
