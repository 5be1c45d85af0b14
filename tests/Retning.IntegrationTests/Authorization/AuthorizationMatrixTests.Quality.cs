using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Authorization;

/// <summary>The parameters of the quality monitoring routes (/kvalitet/{roundId}/…): the most specific rule first.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private async Task<string> QualityUrlForAsync(string route)
    {
        // A sampled plan of an open round reviewed by kvalitet: the citizen used for the /borgere routes.
        if (route.StartsWith("/kvalitet/{roundId:guid}/gennemgang/", StringComparison.Ordinal) || route.StartsWith("/kvalitet/{roundId:guid}/samtale/", StringComparison.Ordinal))
        {
            var (roundId, sampleId) = await MatrixSampleAsync();
            return RouteTable.Fill(route, Guid.Empty, new Dictionary<string, string> { ["roundId"] = roundId.ToString(), ["sampleId"] = sampleId.ToString() });
        }

        // The improvement plan and report: a completed Solsikken round with one action (made once per app).
        if (route.StartsWith("/kvalitet/{roundId", StringComparison.Ordinal) && (route.Contains("/forbedringsplan", StringComparison.Ordinal) || route.EndsWith("/rapport", StringComparison.Ordinal)))
        {
            var (roundId, actionId) = await Kvalitet.ImprovementTestData.MatrixRoundAsync(App);
            return RouteTable.Fill(route, Guid.Empty, new Dictionary<string, string> { ["roundId"] = roundId.ToString(), ["actionId"] = actionId.ToString() });
        }

        // A monitoring round of Mågen with its sample drawn.
        if (route.StartsWith("/kvalitet/{roundId", StringComparison.Ordinal))
        {
            var roundId = await Kvalitet.RoundTestData.MatrixRoundAsync(App);
            return RouteTable.Fill(route, Guid.Empty, new Dictionary<string, string> { ["roundId"] = roundId.ToString() });
        }

        throw new InvalidOperationException($"No rule for the parameters of {route}: add one to AuthorizationMatrixTests.QualityUrlForAsync.");
    }

    /// <summary>The matrix's round with one sampled plan (the /borgere routes' citizen), made once per app.</summary>
    private async Task<(Guid RoundId, Guid SampleId)> MatrixSampleAsync()
    {
        const string title = "Autorisationsmatricens runde";
        await using (var db = App.CreateSystemDbContext())
        {
            var existing = await db.RoundSamples.Where(s => db.MonitoringRounds.Any(r => r.Id == s.RoundId && r.Title == title))
                .Select(s => new { s.RoundId, s.Id }).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return (existing.RoundId, existing.Id);
            }
        }

        var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
        var sample = await Kvalitet.ReviewTestData.SampledPlanAsync(App, citizen.Id, title: title);
        return (sample.RoundId, sample.SampleId);
    }
}
