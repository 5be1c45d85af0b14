namespace Retning.Web.Infrastructure;

/// <summary>The department scope of the signed-in user, applied by the DbContext's query filters.</summary>
public sealed class HttpCitizenScope(CurrentUser user) : ICitizenScope
{
    public bool Unrestricted => false;
    public Guid[] DepartmentIds => [.. user.VisibleDepartmentIds];
}
