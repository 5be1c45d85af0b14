using Retning.Domain.Diary;
using Retning.Domain.Organisation;

namespace Retning.Web.Api.Auth;

/// <summary>
/// What a caller may do with a citizen's diary through the API (docs/adr/0017-api-clients-and-tokens.md): an API
/// client by its write right — it has no staff roles, and its departments have already scoped the citizen — and
/// a staff member by the pages' rules (<see cref="DiaryRules"/>).
/// </summary>
public static class ApiDiaryRights
{
    public static bool MayWrite(CurrentUser me, IReadOnlySet<StaffRole> roles) =>
        me.ApiClient is { } client ? client.CanWrite : DiaryRules.CanWrite(roles);

    /// <summary>A client corrects only the notes it wrote itself; staff as on the pages (the author or a leader).</summary>
    public static bool MayCorrect(CurrentUser me, bool isAuthor, IReadOnlySet<StaffRole> roles) =>
        me.ApiClient is { } client ? client.CanWrite && isAuthor : DiaryRules.CanCorrect(isAuthor, roles);
}
