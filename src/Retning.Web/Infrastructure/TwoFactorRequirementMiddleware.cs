using Retning.Domain.Organisation;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Sends a user whose role requires two-factor login (Security:TwoFactorRequiredRoles) to the
/// set-up page until they have turned it on. Only the account pages stay open meanwhile.
/// </summary>
public sealed class TwoFactorRequirementMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly HashSet<StaffRole> _required = ReadRoles(configuration);

    public Task InvokeAsync(HttpContext context, CurrentUser user)
    {
        if (user.IsAuthenticated && !user.TwoFactorEnabled && _required.Count > 0
            && user.Grants.Any(g => _required.Contains(g.Role))
            && !IsAllowedMeanwhile(context.Request.Path))
        {
            if (Api.Http.ApiPaths.IsApi(context))
            {
                // No redirect under /api: the session may not call the API until two-factor is on.
                return Api.Http.ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Din rolle kræver totrinslogin. Slå det til under Min konto, før du kalder API'et.");
            }

            context.Response.Redirect($"{Routes.AccountTwoFactor}?krav=1");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static readonly PathString[] AllowedMeanwhile = ["/konto", "/log-ud", "/log-ind", "/health", "/lib", "/css", "/js", "/fejl"];

    private static bool IsAllowedMeanwhile(PathString path) =>
        AllowedMeanwhile.Any(root => path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase));

    private static HashSet<StaffRole> ReadRoles(IConfiguration configuration) =>
        configuration.GetSection("Security:TwoFactorRequiredRoles").Get<string[]>()?
            .Select(r => Enum.TryParse<StaffRole>(r, ignoreCase: true, out var role)
                ? role
                : throw new InvalidOperationException($"Security:TwoFactorRequiredRoles has an unknown role '{r}'."))
            .ToHashSet() ?? [];
}
