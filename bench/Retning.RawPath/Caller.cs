using System.Data.Common;
using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.RawPath;

/// <summary>
/// Who calls, checked on every request as the app's <c>CurrentUserMiddleware</c> checks it: an active user with an open
/// login session (the app's <c>UserSessions</c> row), and the user's department roles, read fresh (one statement).
/// The raw path cannot read the app's encrypted cookie: the caller sends the ids in the cookie
/// <c>RawSession=&lt;user id&gt;:&lt;session id&gt;</c> (bench/compare.sh takes them from a real login to the app).
/// </summary>
public sealed record Caller(Guid Id, string UserName, string FullName, IReadOnlyList<RoleGrant> Grants, IReadOnlyList<Workplace> Workplaces)
{
    public const string CookieName = "RawSession";

    private const string Query = """
        SELECT u."UserName", u."FullName", m."DepartmentId", d."OfferId", m."Role", d."Name", o."Name"
        FROM "AspNetUsers" u
        JOIN "UserSessions" s ON s."Id" = @session AND s."UserId" = u."Id" AND s."EndedUtc" IS NULL
        LEFT JOIN "Memberships" m ON m."UserId" = u."Id"
        LEFT JOIN "Departments" d ON d."Id" = m."DepartmentId"
        LEFT JOIN "Offers" o ON o."Id" = d."OfferId"
        WHERE u."Id" = @user AND u."IsActive"
        """;

    /// <summary>Null when the cookie is missing or the session is ended, the user inactive or unknown (the app signs out then).</summary>
    public static async Task<Caller?> CheckAsync(RawDb db, DbConnection connection, HttpRequest request, CancellationToken ct)
    {
        var parts = request.Cookies[CookieName]?.Split(':');
        if (parts is not { Length: 2 } || !Guid.TryParse(parts[0], out var userId) || !Guid.TryParse(parts[1], out var sessionId))
        {
            return null;
        }

        await using var command = connection.Command(Query).With("@session", db.Id(sessionId)).With("@user", db.Id(userId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        Caller? caller = null;
        var grants = new List<RoleGrant>();
        var workplaces = new List<Workplace>();
        while (await reader.ReadAsync(ct))
        {
            caller ??= new Caller(userId, reader.Text(0) ?? string.Empty, reader.GetString(1), grants, workplaces);
            if (!reader.IsDBNull(2))
            {
                var role = Enum.Parse<StaffRole>(reader.GetString(4));
                grants.Add(new RoleGrant(reader.GetGuid(2), reader.GetGuid(3), role));
                workplaces.Add(new Workplace(reader.GetString(6), reader.GetString(5), role));
            }
        }

        return caller;
    }

    /// <summary>The workplace labels the layout shows beside the user's name.</summary>
    public IReadOnlyList<string> Labels => WorkplaceLabels.Of(Workplaces);

    /// <summary>The roles that apply to a citizen's department; none means the citizen is outside the caller's departments.</summary>
    public IReadOnlySet<StaffRole> RolesIn(Guid departmentId, Guid offerId)
    {
        var department = new DepartmentRef(departmentId, offerId);
        return CitizenAccess.VisibleDepartments(Grants, [department]).Contains(departmentId) ? CitizenAccess.RolesIn(Grants, department) : new HashSet<StaffRole>();
    }
}
