using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Loads the signed-in user's department roles once per request, from the database, so a
/// change of role takes effect at the next click rather than at the next login.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser currentUser, AppDbContext db)
    {
        var idText = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(idText, out var userId))
        {
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId && u.IsActive)
                .Select(u => new { u.UserName, u.FullName, u.TwoFactorEnabled })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (user is not null)
            {
                var memberships = await db.Memberships.AsNoTracking()
                    .Where(m => m.UserId == userId)
                    .Select(m => new { m.DepartmentId, m.Department!.OfferId, m.Role, Department = m.Department.Name, Offer = m.Department.Offer!.Name })
                    .ToListAsync(context.RequestAborted);
                var grants = memberships.Select(m => new RoleGrant(m.DepartmentId, m.OfferId, m.Role)).ToList();
                var offerIds = grants.Select(g => g.OfferId).Distinct().ToList();
                var departments = await db.Departments.AsNoTracking()
                    .Where(d => offerIds.Contains(d.OfferId))
                    .Select(d => new DepartmentRef(d.Id, d.OfferId))
                    .ToListAsync(context.RequestAborted);
                var labels = memberships
                    .Select(m => $"{m.Offer} – {m.Department} ({m.Role.Danish()})")
                    .Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false))
                    .ToList();
                currentUser.Set(userId, user.UserName ?? string.Empty, user.FullName, user.TwoFactorEnabled, grants, departments, labels);
            }
            else
            {
                // A deactivated or deleted user keeps no session.
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.Response.Redirect("/log-ind");
                return;
            }
        }

        await next(context);
    }
}
