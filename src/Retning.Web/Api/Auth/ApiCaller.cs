using Retning.Domain.ApiClients;

namespace Retning.Web.Api.Auth;

/// <summary>An API client calling with a valid token, as checked on this request (docs/adr/0017).</summary>
public sealed record ApiCaller(Guid Id, string ClientId, string Name, ApiRights Rights, IReadOnlySet<Guid> DepartmentIds)
{
    /// <summary>The prefix of an audit row's user name when a client made the call.</summary>
    public const string AuditPrefix = "API-klient: ";

    public string AuditName => AuditPrefix + Name;

    public bool CanRead => Rights.HasFlag(ApiRights.Read);
    public bool CanWrite => Rights.HasFlag(ApiRights.Write);

    /// <summary>Free text may leave in reads and exports (e.g. the FHIR Bundle).</summary>
    public bool CanReadText => Rights.HasFlag(ApiRights.Text);
}
