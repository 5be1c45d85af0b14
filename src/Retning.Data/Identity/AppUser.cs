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

    /// <summary>
    /// Raised in the same transaction as every change to the user's department roles, or to the organisation
    /// they see through them; the per-request user query reads it, and cached grants are kept under it
    /// (docs/adr/0002, "Grants are cached under an access stamp"). Not Identity's security stamp: changing that signs the user out.
    /// </summary>
    public long AccessStamp { get; set; }
}
