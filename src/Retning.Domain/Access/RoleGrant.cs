using Retning.Domain.Organisation;

namespace Retning.Domain.Access;

/// <summary>A role held in a department, with the offer the department belongs to.</summary>
public readonly record struct RoleGrant(Guid DepartmentId, Guid OfferId, StaffRole Role);

/// <summary>A department and its offer, as the scoping rules need them.</summary>
public readonly record struct DepartmentRef(Guid DepartmentId, Guid OfferId);
