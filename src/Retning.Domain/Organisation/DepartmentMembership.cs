namespace Retning.Domain.Organisation;

/// <summary>A staff member's role in one department. A user may hold several.</summary>
public class DepartmentMembership
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public Guid DepartmentId { get; set; }
    public Department? Department { get; set; }
    public StaffRole Role { get; set; }
}
