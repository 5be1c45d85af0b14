using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.Domain.Citizens;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Cookies stay small whatever users type: a huge name once made the next response set ~20
/// TempData cookies, after which every request (even /log-ind) was refused with 431.
/// </summary>
public sealed class CookieSizeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int CookieBudget = 4096;

    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_note_on_a_citizen_with_a_huge_name_sets_small_cookies_and_the_next_requests_answer()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var name = await GiveHugeFirstNameAsync(citizen.Id);
        var (context, type, _) = await App.CategoriesAsync(citizen.Id);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizen.Id}/dagbog/ny?slags=beboer")).AssertStatus(HttpStatusCode.OK);

        var saved = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.ContextId"] = context.ToString(), ["Input.NoteTypeId"] = type.ToString(), ["Input.Text"] = "Hun hjalp med aftensmaden.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var cookies = SetCookies(saved);
        var size = cookies.Sum(c => c.Length);
        Assert.True(size < CookieBudget, $"The note's answer set {cookies.Count} cookies of {size} bytes in all (the name is {name.Length} characters).");

        var next = await mette.GetPageAsync(saved.RedirectPathAndQuery()!);
        next.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Notatet er gemt.", next.Document.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name[..50], next.Document.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        (await mette.GetPageAsync("/log-ind")).AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public void TempData_is_capped_whatever_a_page_puts_in_it()
    {
        var provider = App.Services.GetRequiredService<ITempDataProvider>();
        var context = new DefaultHttpContext { RequestServices = App.Services };

        provider.SaveTempData(context, new Dictionary<string, object>
        {
            ["Success"] = new string('æ', 60_000),
            ["Notice"] = new string('x', 60_000),
            ["ClearDraft"] = "retning-kladde:1",
        });

        var cookies = context.Response.Headers.SetCookie.Select(c => c!).ToList();
        Assert.NotEmpty(cookies);
        Assert.True(cookies.Sum(c => c.Length) < CookieBudget,
            $"TempData set {cookies.Count} cookies of {cookies.Sum(c => c.Length)} bytes for two 60,000-character messages.");

        // What was kept reads back: the first message, cut with an ellipsis.
        var back = new DefaultHttpContext { RequestServices = App.Services };
        back.Request.Headers.Cookie = string.Join("; ", cookies.Select(c => c.Split(';')[0]));
        var success = Assert.IsType<string>(provider.LoadTempData(back)["Success"]);
        Assert.Equal(Web.Infrastructure.CappedTempDataProvider.MaxValueChars, success.Length);
        Assert.EndsWith("…", success, StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes the name straight to the database (not through the form, which limits it): 60,000
    /// characters where the column allows it (SQLite does not enforce lengths), else the column's maximum.
    /// </summary>
    private async Task<string> GiveHugeFirstNameAsync(Guid citizenId)
    {
        await using var db = App.CreateSystemDbContext();
        var column = db.Model.FindEntityType(typeof(Citizen))!.FindProperty(nameof(Citizen.FirstName))!.GetMaxLength();
        var length = App.Database.Provider == DatabaseProvider.Sqlite || column is null ? 60_000 : column.Value;
        var name = string.Concat(Enumerable.Repeat("Ærlige Åse ", length / 11 + 1))[..length];
        await db.Citizens.Where(c => c.Id == citizenId).ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstName, name));
        return name;
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];
}
