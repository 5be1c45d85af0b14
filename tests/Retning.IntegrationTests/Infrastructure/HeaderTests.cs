using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>The page header says where the signed-in user works: the whole offer for an offer head.</summary>
public sealed class HeaderTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(DemoUsers.Lars, "Børnehjemmet Solsikken – hele tilbuddet (Tilbudsleder)")]
    [InlineData(DemoUsers.Karin, "Bostedet Lindely – hele tilbuddet (Tilbudsleder)")]
    [InlineData(DemoUsers.Mette, "Børnehjemmet Solsikken – Mågen (Medarbejder)")]
    [InlineData(DemoUsers.Kvalitet, "Bostedet Lindely – Birken (Kvalitetsmedarbejder) · Børnehjemmet Solsikken – Mågen (Kvalitetsmedarbejder)")]
    public async Task The_header_names_the_offer_of_an_offer_head_and_the_departments_of_others(string user, string expected)
    {
        using var client = await fixture.SignInAsync(user);

        var page = (await client.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(expected, page.Document.QuerySelector(".app-user-department")!.TextContent.Trim());
    }
}
