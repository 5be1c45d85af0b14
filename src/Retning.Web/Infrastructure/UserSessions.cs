using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Retning.Data.Identity;

namespace Retning.Web.Infrastructure;

/// <summary>
/// The server side of a login (<see cref="UserSession"/>): started at sign-in, its id kept in
/// the cookie ticket and as a claim, checked on every request by <see cref="CurrentUserMiddleware"/>,
/// ended by log-out, deactivation and a password change.
/// </summary>
public static class UserSessions
{
    /// <summary>The claim that carries the session id in the cookie principal.</summary>
    public const string ClaimType = "retning:session";

    /// <summary>The ticket property that keeps the id across refreshed sign-ins (password or two-factor change).</summary>
    public const string PropertyKey = "retning.session";

    public static Guid? IdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimType), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// Called for every sign-in of the session cookie: a new login gets a new session row; a
    /// refreshed sign-in keeps its session. Either way the principal carries the id.
    /// </summary>
    public static async Task AttachAsync(HttpContext context, ClaimsPrincipal principal, AuthenticationProperties properties, TimeSpan absoluteLimit)
    {
        if (!properties.Items.TryGetValue(PropertyKey, out var idText) || !Guid.TryParse(idText, CultureInfo.InvariantCulture, out var id))
        {
            var userId = Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
            id = await StartAsync(context.RequestServices, userId, absoluteLimit, context.RequestAborted);
            properties.Items[PropertyKey] = id.ToString();
        }

        AddClaim(principal, id);
    }

    /// <summary>Puts the session id on a principal that lacks it (e.g. one rebuilt by the security-stamp check).</summary>
    public static void AddClaim(ClaimsPrincipal principal, Guid id)
    {
        if (principal.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimType))
        {
            identity.AddClaim(new Claim(ClaimType, id.ToString()));
        }
    }

    /// <summary>Ends one login (log-out).</summary>
    public static Task EndAsync(AppDbContext db, Guid sessionId, DateTime nowUtc, CancellationToken ct) =>
        db.UserSessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedUtc, nowUtc), ct);

    /// <summary>Ends every login of a user except <paramref name="keep"/> (deactivation, a new password).</summary>
    public static Task EndAllAsync(AppDbContext db, Guid userId, Guid? keep, DateTime nowUtc, CancellationToken ct) =>
        db.UserSessions.Where(s => s.UserId == userId && s.EndedUtc == null && s.Id != keep)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedUtc, nowUtc), ct);

    /// <summary>
    /// Ends every login of a user but the caller's own, with the request's database and clock
    /// (for the administrator's pages, which change other users).
    /// </summary>
    public static Task EndOthersAsync(HttpContext context, Guid userId) =>
        EndAllAsync(context.RequestServices.GetRequiredService<AppDbContext>(), userId, IdOf(context.User),
            context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, context.RequestAborted);

    private static async Task<Guid> StartAsync(IServiceProvider services, Guid userId, TimeSpan absoluteLimit, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // No session outlives the absolute limit, so older rows (ended or not) can never be valid
        // again: each login sweeps them, and the table stays the size of a working day's logins.
        var expired = now - absoluteLimit;
        await db.UserSessions.Where(s => s.CreatedUtc < expired).ExecuteDeleteAsync(ct);
        var session = new UserSession { Id = Guid.NewGuid(), UserId = userId, CreatedUtc = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }
}
