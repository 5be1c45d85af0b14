using Retning.Domain.Access;

namespace Retning.Web.Authorization;

/// <summary>The named policies. Department scoping of citizens is not a policy: the DbContext applies it.</summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string AuditReader = "AuditReader";
    public const string Staff = "Staff";
    public const string FigureReader = "FigureReader";

    public static AuthorizationPolicy SignedIn() => new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

    public static AuthorizationPolicy AdministratorPolicy() => Require(u => u.IsAdministrator);

    public static AuthorizationPolicy AuditReaderPolicy() => Require(u => u.CanReadAuditAnywhere);

    /// <summary>Anyone with a role that gives access to citizens (everyone but a pure administrator or sector management).</summary>
    public static AuthorizationPolicy StaffPolicy() => Require(u => u.Grants.Any(g => CitizenAccess.GivesCitizenAccess(g.Role)));

    /// <summary>Anyone who reads management figures: leaders, quality officers, the sector management (InsightAccess.ReadsFigures).</summary>
    public static AuthorizationPolicy FigureReaderPolicy() => Require(u => u.ReadsFiguresAnywhere);

    private static AuthorizationPolicy Require(Func<CurrentUser, bool> predicate) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new CurrentUserRequirement(predicate)).Build();
}

/// <summary>A requirement checked against the department roles loaded for this request.</summary>
public sealed class CurrentUserRequirement(Func<CurrentUser, bool> predicate) : IAuthorizationRequirement
{
    public bool IsMetBy(CurrentUser user) => predicate(user);
}

public sealed class CurrentUserRequirementHandler(IHttpContextAccessor http) : AuthorizationHandler<CurrentUserRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentUserRequirement requirement)
    {
        var user = http.HttpContext?.RequestServices.GetService<CurrentUser>();
        if (user is not null && requirement.IsMetBy(user))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
