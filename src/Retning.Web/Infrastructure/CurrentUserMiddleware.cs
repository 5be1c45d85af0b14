using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

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
            // The login's server-side session is checked in the same query: a logged-out, copied cookie
            // no longer works, at no extra query per request.
            var sessionId = UserSessions.IdOf(context.User) ?? Guid.Empty;
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId && u.IsActive)
                .Select(u => new
                {
                    u.UserName,
                    u.FullName,
                    u.TwoFactorEnabled,
                    SessionOpen = db.UserSessions.Any(s => s.Id == sessionId && s.UserId == userId && s.EndedUtc == null),
                })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (user is { SessionOpen: true })
            {
                var grants = await UserGrants.LoadAsync(db, userId, context.RequestAborted);
                currentUser.Set(userId, user.UserName ?? string.Empty, user.FullName, user.TwoFactorEnabled, grants.Grants, grants.Departments, grants.Labels);
            }
            else
            {
                // A deactivated or deleted user, or an ended session, keeps no cookie (and the sign-out stops its sliding renewal).
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.Response.Redirect(Routes.LogIn);
                return;
            }
        }

        await next(context);
    }
}
