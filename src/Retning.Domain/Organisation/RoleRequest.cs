namespace Retning.Domain.Organisation;

/// <summary>
/// An administrator's request for a role in a department for himself (four-eyes): it waits until
/// another administrator approves it (then the membership is made) or rejects it. Decided once.
/// </summary>
public class RoleRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public Guid DepartmentId { get; set; }
    public Department? Department { get; set; }
    public StaffRole Role { get; set; }
    public Guid RequestedById { get; set; }
    public DateTime RequestedUtc { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public bool? Approved { get; set; }

    public bool IsPending => DecidedUtc is null;
}

/// <summary>Who may give a role directly, and who may decide a waiting request (four eyes; docs/domain.md, "Roles").</summary>
public static class RoleGrantRules
{
    /// <summary>A role for oneself waits for a second administrator; a role for someone else is given at once.</summary>
    public static bool NeedsSecondAdministrator(Guid grantee, Guid? actor) => actor == grantee;

    /// <summary>Neither the one who asked nor the one who would get the role may decide; a decided request stays decided.</summary>
    public static bool MayDecide(RoleRequest request, Guid decider) =>
        request.IsPending && request.RequestedById != decider && request.UserId != decider;

    /// <summary>How long a new role is shown to the department's leaders on their start page.</summary>
    public const int RecentGrantDays = 14;
}
