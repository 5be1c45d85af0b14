using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Retning.Data;

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
                var grants = await UserGrants.LoadAsync(db, userId, context.RequestAborted);
                currentUser.Set(userId, user.UserName ?? string.Empty, user.FullName, user.TwoFactorEnabled, grants.Grants, grants.Departments, grants.Labels);
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
