using Microsoft.AspNetCore.Identity;

namespace Retning.Data.Identity;

/// <summary>A staff user. Roles are not Identity roles: they are held per department (DepartmentMembership).</summary>
public class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public bool IsDemo { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>The last TOTP time step (Unix seconds / 30) a code was accepted for: a code is good once.</summary>
    public long? LastTotpStep { get; set; }
}
