using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Authorization;

/// <summary>The matrix routes' parameters: the most specific rule first.</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The URL to request for a route: the rules for its parameters (the POST matrix uses them too).</summary>
    internal async Task<string> UrlFor(string route)
    {
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            return route;
        }

        if (route.StartsWith("/borgere/{id", StringComparison.Ordinal))
        {
            var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
            return RouteTable.Fill(route, citizen.Id, await CitizenRouteValues.ForAsync(App, citizen.Id));
        }

        // A task of an enrolled Mågen citizen outside Mette's contact teams: the purpose to ask for (the demo citizens have none).
        if (route.StartsWith("/opgaver/{id", StringComparison.Ordinal))
        {
            var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
            return $"/opgaver/{citizen.Id}/{Domain.Deadlines.DeadlineKind.PurposeMissing}";
        }

        // Quality monitoring: a round, a sampled plan, an improvement action (AuthorizationMatrixTests.Quality.cs).
        if (route.StartsWith("/kvalitet/{", StringComparison.Ordinal))
        {
            return await QualityUrlForAsync(route);
        }

        // Organisation pages: a real offer (Solsikken), department (Mågen) or user (Mette).
        if (route.StartsWith("/admin/tilbud/{id", StringComparison.Ordinal))
        {
            var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
            await using var db = App.CreateSystemDbContext();
            var offerId = db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).Single();
            return RouteTable.Fill(route, offerId);
        }

        // An API client of Mågen, made once per app.
        if (route.StartsWith("/admin/api-klienter/{id", StringComparison.Ordinal))
        {
            return RouteTable.Fill(route, await Api.Auth.ApiClientTestData.MatrixClientAsync(App));
        }

        if (route.StartsWith("/admin/skabeloner/{id", StringComparison.Ordinal))
        {
            var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
            await using var db = App.CreateSystemDbContext();
            var offerId = db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).Single();
            return RouteTable.Fill(route, db.PlanTemplates.Where(t => t.OfferId == offerId).Select(t => t.Id).First());
        }

        if (route.StartsWith("/admin/skalaer/{scaleId", StringComparison.Ordinal))
        {
            var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
            await using var db = App.CreateSystemDbContext();
            var offerId = db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).Single();
            var scaleId = db.IndicatorScales.Where(s => s.OfferId == offerId).Select(s => s.Id).First();
            return RouteTable.Fill(route, Guid.Empty, new Dictionary<string, string> { ["scaleId"] = scaleId.ToString() });
        }

        if (route.StartsWith("/admin/afdelinger/{id", StringComparison.Ordinal))
        {
            return RouteTable.Fill(route, await App.DepartmentIdAsync(DemoUsers.Maagen));
        }

        // Guidelines: a new version of the regional one (it has no draft); otherwise the local one of Solsikken and its draft.
        if (route.StartsWith("/retningslinjer/{id", StringComparison.Ordinal))
        {
            await using var db = App.CreateSystemDbContext();
            var level = route.EndsWith("/ny-version", StringComparison.Ordinal) ? Domain.Quality.GuidelineLevel.Regional : Domain.Quality.GuidelineLevel.Local;
            var guideline = db.Guidelines.Where(g => g.Level == level).OrderBy(g => g.Title).Select(g => g.Id).First();
            var draft = db.GuidelineVersions.Where(v => v.GuidelineId == guideline && v.ApprovedOn == null).Select(v => v.Id).FirstOrDefault();
            return RouteTable.Fill(route, guideline, new Dictionary<string, string> { ["versionId"] = draft.ToString() });
        }

        // A figure with the rows behind it (the drill-down is the heavier read).
        if (route == "/ledelsesinformation/tal/{figur}")
        {
            return "/ledelsesinformation/tal/evalueringer-til-tiden?raekker=true";
        }

        if (route.StartsWith("/admin/brugere/{id", StringComparison.Ordinal))
        {
            return RouteTable.Fill(route, await App.UserIdAsync(DemoUsers.Mette));
        }

        // Management figures: a figure by its address name, a file as XLSX.
        if (route.StartsWith("/ledelsesinformation/", StringComparison.Ordinal))
        {
            return RouteTable.Fill(route, Guid.Empty, new Dictionary<string, string> { ["figur"] = "borgere", ["handler"] = "xlsx" });
        }

        throw new InvalidOperationException($"No rule for the parameters of {route}: add one to AuthorizationMatrixTests.UrlFor.");
    }
}
