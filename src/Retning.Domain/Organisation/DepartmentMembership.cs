namespace Retning.Domain.Organisation;

/// <summary>A staff member's role in one department. A user may hold several.</summary>
public class DepartmentMembership
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public Guid DepartmentId { get; set; }
    public Department? Department { get; set; }
    public StaffRole Role { get; set; }

    /// <summary>When the role was given (null for roles given before it was recorded): the leaders' start page shows recent ones.</summary>
    public DateTime? GrantedUtc { get; set; }

    /// <summary>The administrator who gave it, or who asked for it when it needed a second administrator.</summary>
    public Guid? GrantedById { get; set; }

    /// <summary>The second administrator who approved a role an administrator asked for himself.</summary>
    public Guid? ApprovedById { get; set; }
}
