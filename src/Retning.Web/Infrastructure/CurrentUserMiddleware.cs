using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Checks the signed-in user and session on every request with one query, which also reads the
/// user's access stamp; the department roles come from <see cref="GrantsCache"/> while the stamp is
/// unchanged and from the database otherwise, so a change of role takes effect at the next click
/// rather than at the next login (docs/adr/0002, "Grants are cached under an access stamp").
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    /// <summary>The SQL comment on the per-request user query (tests count the queries of this middleware by it).</summary>
    public const string QueryTag = "CurrentUserMiddleware";

    public async Task InvokeAsync(HttpContext context, CurrentUser currentUser, AppDbContext db, GrantsCache cache)
    {
        var idText = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        // An API client with a token is already set (Api/Auth/ApiCallerMiddleware).
        if (currentUser.ApiClient is null && context.User.Identity?.IsAuthenticated == true && Guid.TryParse(idText, out var userId))
        {
            // The login's server-side session is checked in the same query: a logged-out, copied cookie
            // no longer works, at no extra query per request.
            var sessionId = UserSessions.IdOf(context.User) ?? Guid.Empty;
            var user = await db.Users.AsNoTracking().TagWith(QueryTag)
                .Where(u => u.Id == userId && u.IsActive)
                .Select(u => new
                {
                    u.UserName,
                    u.FullName,
                    u.TwoFactorEnabled,
                    u.AccessStamp,
                    SessionOpen = db.UserSessions.Any(s => s.Id == sessionId && s.UserId == userId && s.EndedUtc == null),
                })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (user is { SessionOpen: true })
            {
                var grants = cache.Find(userId, user.AccessStamp);
                if (grants is null)
                {
                    grants = await UserGrants.LoadAsync(db, userId, context.RequestAborted);
                    cache.Keep(userId, user.AccessStamp, grants);
                }

                currentUser.Set(userId, user.UserName ?? string.Empty, user.FullName, user.TwoFactorEnabled, grants.Grants, grants.Departments, grants.Labels);
            }
            else
            {
                // A deactivated or deleted user, or an ended session, keeps no cookie (and the sign-out stops its sliding renewal).
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                if (Api.Http.ApiPaths.IsApi(context))
                {
                    // The API answers 401 in JSON, never with the login page (docs/adr/0017).
                    await Api.Http.ApiProblems.UnauthorizedAsync(context, Api.Http.ApiProblems.Unauthenticated, tokenRefused: false);
                    return;
                }

                context.Response.Redirect(Routes.LogIn);
                return;
            }
        }

        await next(context);
    }
}
