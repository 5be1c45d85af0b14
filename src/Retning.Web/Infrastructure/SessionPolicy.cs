using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Retning.Web.Infrastructure;

/// <summary>
/// The login session: idle timeout (default 30 min, sliding) and an absolute limit (default
/// 12 h from login, whatever the activity), and 403 rather than a redirect for a signed-in
/// user who lacks a right. Each login is also a server-side <see cref="UserSessions">session</see>,
/// so logging out ends it for every copy of the cookie.
/// </summary>
public static class SessionPolicy
{
    public const string LoginTimeKey = "retning.login-utc";

    public static void Configure(CookieAuthenticationOptions options, IConfiguration configuration)
    {
        var idle = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
        var absolute = TimeSpan.FromHours(configuration.GetValue("Security:AbsoluteTimeoutHours", 12.0));

        options.Cookie.Name = "Retning.Session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = idle;
        options.SlidingExpiration = true;
        options.LoginPath = Routes.LogIn;
        options.LogoutPath = Routes.LogOut;
        options.AccessDeniedPath = "/fejl/403";
        options.ReturnUrlParameter = "returnUrl";

        options.Events.OnSigningIn = async context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            // A refreshed sign-in (after a password or two-factor change) keeps the original login
            // time: the absolute limit must not be restartable without logging in again.
            context.Properties.Items.TryAdd(LoginTimeKey, clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            // ... and keeps its server-side session; a new login starts one.
            await UserSessions.AttachAsync(context.HttpContext, context.Principal!, context.Properties, absolute);
        };

        var validateStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (!context.Properties.Items.TryGetValue(LoginTimeKey, out var loginText)
                || !DateTimeOffset.TryParse(loginText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var loginUtc)
                || clock.GetUtcNow() - loginUtc > absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validateStamp(context);
            // The security-stamp check rebuilds the principal from the user: keep the session id on it.
            if (context.Principal is not null && context.Properties.Items.TryGetValue(UserSessions.PropertyKey, out var sessionText)
                && Guid.TryParse(sessionText, System.Globalization.CultureInfo.InvariantCulture, out var sessionId))
            {
                UserSessions.AddClaim(context.Principal, sessionId);
            }
        };

        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
