using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;
using static Retning.IntegrationTests.Authorization.GrantChangeSteps;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// The access stamp at work (docs/adr/0002, "Grants are cached under an access stamp"): a steady request
/// runs one query for the user and none for the grants, a role change (a raised stamp) makes the next
/// request load them again, and a stamp is never raised outside the transaction of its change. The cache's
/// own rule is Infrastructure/GrantsCacheTests; RoleChangeTests and OrganisationChangeTests show each change
/// path on two instances.
/// </summary>
public sealed class AccessStampTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Raising_a_stamp_outside_a_transaction_is_refused()
    {
        await using var db = App.CreateSystemDbContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AccessStamps.RaiseForUserAsync(db, Guid.NewGuid(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_repeated_request_runs_one_query_for_the_user_and_none_for_the_grants_until_a_role_changes()
    {
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync("/borgere")).StatusCode);

        var steady = await SqlOfAsync(mette, "/borgere");

        Assert.Equal((1, 0), (steady.Count(IsUserQuery), steady.Count(IsGrantsQuery)));
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, metteId, birken, "QualityOfficer")).StatusCode);

        var afterChange = await SqlOfAsync(mette, "/borgere");
        var again = await SqlOfAsync(mette, "/borgere");

        Assert.Equal((1, 2), (afterChange.Count(IsUserQuery), afterChange.Count(IsGrantsQuery)));
        Assert.Equal((1, 0), (again.Count(IsUserQuery), again.Count(IsGrantsQuery)));
    }

    /// <summary>The SQL of one request, which must succeed.</summary>
    private async Task<IReadOnlyList<string>> SqlOfAsync(BrowserlessClient client, string url)
    {
        var (response, count) = await App.Queries.MeasureAsync(() => client.GetAsync(url));
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return count.Sql;
    }

    private static bool IsUserQuery(string sql) => sql.Contains("-- " + CurrentUserMiddleware.QueryTag, StringComparison.Ordinal);

    private static bool IsGrantsQuery(string sql) => sql.Contains("-- " + UserGrants.QueryTag, StringComparison.Ordinal);
}
