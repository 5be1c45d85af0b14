namespace Retning.Domain.ApiClients;

/// <summary>
/// A system registered by an administrator to call /api/v1 with OAuth 2.0 client credentials
/// (docs/adr/0017). It reaches the citizens of its departments only, with its rights, until its
/// expiry date or until it is revoked. The secret is stored as a hash only (<see cref="ApiClientSecrets"/>).
/// </summary>
public class ApiClient : IVersioned
{
    public const int MaxName = TextLimits.Name;
    public const int MaxDescription = TextLimits.Line;

    /// <summary>The id audit rows carry as their user id (docs/adr/0017, "Audit").</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The OAuth client_id, e.g. "rk-3f9a1c0b7d2e4a68": generated, never changed.</summary>
    public required string ClientId { get; set; }

    public required string Name { get; set; }

    /// <summary>What the system is and who answers for it, e.g. "Kommunens sagssystem (IT-afdelingen)".</summary>
    public string? Description { get; set; }

    /// <summary>The secret's hash in <see cref="ApiClientSecrets"/>' format; the secret itself is never stored.</summary>
    public required string SecretHash { get; set; }

    /// <summary>Changes with every new secret; a token carries the stamp it was issued under, so a new secret ends the old tokens.</summary>
    public Guid SecretStamp { get; set; } = Guid.NewGuid();

    public ApiRights Rights { get; set; }

    /// <summary>The last day the client may call (inclusive, Danish date).</summary>
    public DateOnly ExpiresOn { get; set; }

    public DateTime? RevokedUtc { get; set; }
    public string? RevokedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime ChangedUtc { get; set; }
    public required string ChangedBy { get; set; }

    public int Version { get; set; }

    public List<ApiClientDepartment> Departments { get; set; } = [];
}

/// <summary>A department an API client reaches.</summary>
public class ApiClientDepartment
{
    public Guid ApiClientId { get; set; }
    public Guid DepartmentId { get; set; }
}
