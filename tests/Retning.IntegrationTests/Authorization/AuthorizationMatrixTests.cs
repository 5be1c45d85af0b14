using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// Every page route × every role (and anonymous) for GET. The routes come from the running
/// app, so a new page that is not in <see cref="Matrix"/> fails the test until someone decides
/// who may see it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    internal const int Ok = 200;
    internal const int Login = 302;    // anonymous: redirect to /log-ind
    internal const int Forbidden = 403;
    internal const int NotFound = 404;

    /// <summary>The roles of the matrix, each a demo user.</summary>
    public enum Role
    {
        Anonymous,
        CareWorker,        // mette: Medarbejder, Mågen — NOT in the contact team of the citizen used
        OtherDepartment,   // jonas: Medarbejder, Ternen (same offer, other department)
        DepartmentHead,    // anne: Afdelingsleder, Mågen
        OfferHead,         // lars: Tilbudsleder, Solsikken (Mågen + Ternen)
        QualityOfficer,    // kvalitet: Kvalitetsmedarbejder, Mågen + Birken
        Administrator,     // admin: Administrator, no citizen content
        SectorManagement,  // sektor: Sektorledelse (granted in Mågen), the region's figures, no citizen content
    }

    internal static readonly Dictionary<Role, string?> Users = new()
    {
        [Role.Anonymous] = null,
        [Role.CareWorker] = DemoUsers.Mette,
        [Role.OtherDepartment] = DemoUsers.Jonas,
        [Role.DepartmentHead] = DemoUsers.Anne,
        [Role.OfferHead] = DemoUsers.Lars,
        [Role.QualityOfficer] = DemoUsers.Kvalitet,
        [Role.Administrator] = DemoUsers.Admin,
        [Role.SectorManagement] = DemoUsers.Sektor,
    };

    /// <summary>Expected GET status per role, in the order of <see cref="Role"/>.</summary>
    public sealed record Expect(int Anonymous, int CareWorker, int OtherDepartment, int DepartmentHead, int OfferHead, int QualityOfficer, int Administrator, int SectorManagement)
    {
        public int For(Role role) => role switch
        {
            Role.Anonymous => Anonymous,
            Role.CareWorker => CareWorker,
            Role.OtherDepartment => OtherDepartment,
            Role.DepartmentHead => DepartmentHead,
            Role.OfferHead => OfferHead,
            Role.QualityOfficer => QualityOfficer,
            Role.Administrator => Administrator,
            Role.SectorManagement => SectorManagement,
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
    }

    private RetningApp App => fixture.App;

    [Fact]
    public void Every_page_route_is_in_the_matrix_and_every_matrix_route_exists()
    {
        var routes = RouteTable.PageRoutes(App);

        var missing = routes.Where(r => !Matrix.ContainsKey(r)).ToList();
        var stale = Matrix.Keys.Where(r => !routes.Contains(r)).ToList();

        Assert.True(missing.Count == 0,
            "These routes are not in the authorization matrix (AuthorizationMatrixTests.Matrix); decide the expected status per role and add them: "
            + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "These matrix routes no longer exist in the app; remove them: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_route_answers_every_role_as_the_matrix_says()
    {
        var urls = new Dictionary<string, string>();
        foreach (var route in RouteTable.PageRoutes(App).Where(Matrix.ContainsKey))
        {
            urls[route] = await UrlFor(route);
        }

        var failures = new List<string>();
        foreach (var (role, email) in Users)
        {
            using var client = email is null ? fixture.Anonymous() : await fixture.SignInAsync(email);
            foreach (var (route, url) in urls)
            {
                var expected = Matrix[route].For(role);
                var response = await client.GetAsync(url);
                var actual = (int)response.StatusCode;
                var location = response.Headers.Location;
                if (actual != expected)
                {
                    failures.Add($"{role} ({email ?? "anonymous"}) GET {route} → {actual}{(location is null ? "" : " " + location)}, expected {expected}");
                }
                else if (actual == Login && !IsLoginRedirect(location))
                {
                    failures.Add($"{role} GET {route} → 302 to {location}, expected a redirect to /log-ind");
                }
            }
        }

        Assert.True(failures.Count == 0, "Authorization matrix mismatches:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_with_the_way_back()
    {
        using var anonymous = fixture.Anonymous();
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);

        var response = await anonymous.GetAsync($"/borgere/{citizen.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.Equal("/log-ind?returnUrl=" + Uri.EscapeDataString($"/borgere/{citizen.Id}"), path);
    }

    internal static bool IsLoginRedirect(Uri? location)
    {
        if (location is null)
        {
            return false;
        }

        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return path == "/log-ind";
    }
}
