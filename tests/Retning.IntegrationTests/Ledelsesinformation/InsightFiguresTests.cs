using System.Net;
using System.Runtime.CompilerServices;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>
/// /ledelsesinformation and its figure pages on the hand-counted department Spurven (<see cref="Spurven"/>):
/// the numbers, the rows behind them, who sees what, and the audit rows.
/// </summary>
public sealed class InsightFiguresTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // One Spurven per app: the tests of this class share it (and its fixture's app).
    private static readonly ConditionalWeakTable<RetningApp, Task<Spurven>> Arranged = [];

    private RetningApp App => fixture.App;

    private Task<Spurven> ArrangeAsync()
    {
        lock (Arranged)
        {
            return Arranged.GetValue(App, app => Spurven.ArrangeAsync(app));
        }
    }

    [Fact]
    public async Task The_overview_shows_the_hand_counted_figures_beside_the_previous_period()
    {
        var spurven = await ArrangeAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var page = (await lars.GetPageAsync($"/ledelsesinformation?{spurven.View}")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(new DateOnly(2026, 3, 2), App.Today);
        Assert.Equal("3 borgere", Current(page, "borgere"));
        Assert.Equal("3 planer", Current(page, "planer"));
        Assert.Equal("3 mål", Current(page, "maal"));
        Assert.Equal("2 delmål", Current(page, "delmaal"));
        Assert.Equal("100 % (1 af 1)", Current(page, "maalopfyldelse"));
        Assert.Equal("50 % (1 af 2)", Current(page, "evalueringer-til-tiden"));
        Assert.Equal("100 % (1 af 1) 1 ikke medregnet", Current(page, "stoettebehov"));
        Assert.Equal("33 % (1 af 3)", Current(page, "borgere-uden-formaal"));
        Assert.Equal("33 % (1 af 3)", Current(page, "borgerens-perspektiv"));
        Assert.Equal("0 % (0 af 5)", Current(page, "borgerens-deltagelse"));
        Assert.Equal("Ingen data", Current(page, "status-sendt"));
        // The previous period (03-11-2025 to 31-12-2025): Ida and Lise (discharged on its last day); Jens not yet, Karl in Mågen.
        Assert.Equal("2 borgere", Cell(page, "borgere", 2));
        Assert.Contains("Hvad tælles", page.Document.QuerySelector("tr[data-figure='borgere'] details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_response_rate_is_the_response_rate_pages_to_the_score()
    {
        var spurven = await ArrangeAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var overview = (await lars.GetPageAsync($"/ledelsesinformation?{spurven.View}")).AssertStatus(HttpStatusCode.OK);
        var rates = (await lars.GetPageAsync($"/ledelsesinformation/svarprocent?afdeling={spurven.DepartmentId}&fra={Spurven.From:yyyy-MM-dd}&til={Spurven.To:yyyy-MM-dd}"))
            .AssertStatus(HttpStatusCode.OK);

        var total = rates.Document.QuerySelectorAll("#afdeling-total tbody td").Select(c => c.TextContent.Trim()).ToList();
        var percent = total[2].Split(' ')[0];
        Assert.Equal($"{percent} % ({total[1]} af {total[0]})", Current(overview, "svarprocent"));
        Assert.NotEqual("0", total[0]);
    }

    [Fact]
    public async Task A_figures_rows_are_exactly_the_rows_it_counted_and_open_their_pages()
    {
        var spurven = await ArrangeAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        var page = (await lars.GetPageAsync($"/ledelsesinformation/tal/evalueringer-til-tiden?{spurven.View}&raekker=true")).AssertStatus(HttpStatusCode.OK);

        var rows = page.Document.QuerySelectorAll("#tal-raekker tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(spurven.G1.ToString(), r.GetAttribute("data-subject")));
        Assert.Equal(["Til tiden", "For sent"], rows.OrderBy(r => r.QuerySelectorAll("td")[1].TextContent, StringComparer.Ordinal)
            .Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()));
        Assert.Equal($"/borgere/{spurven.Ida}/maal/{spurven.G1}", rows[0].QuerySelectorAll("td a")[0].GetAttribute("href"));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Search, (Guid?)null), (audit.Action, audit.CitizenId));
        Assert.Contains("Evalueringer til tiden", audit.Subject, StringComparison.Ordinal);
        Assert.Contains("periode: 2026-01-01–2026-02-28", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("rækker: 2", audit.Detail, StringComparison.Ordinal);

        // One outcome of one line: the late one only.
        page = (await lars.GetPageAsync($"/ledelsesinformation/tal/evalueringer-til-tiden?{spurven.View}&raekker=true&udfald=For%20sent&linje={spurven.DepartmentId}"))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Single(page.Document.QuerySelectorAll("#tal-raekker tbody tr"));

        // An outcome the figure does not have is dropped (all rows), never echoed into the audit row.
        before = await App.LastAuditIdAsync();
        page = (await lars.GetPageAsync($"/ledelsesinformation/tal/evalueringer-til-tiden?{spurven.View}&raekker=true&udfald=%3Cscript%3E")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(2, page.Document.QuerySelectorAll("#tal-raekker tbody tr").Length);
        Assert.Contains("udfald: alle", Assert.Single(await App.AuditEntriesSinceAsync(before)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_breakdown_adds_up_and_the_paired_change_lists_what_it_left_out()
    {
        var spurven = await ArrangeAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var page = (await lars.GetPageAsync($"/ledelsesinformation/tal/stoettebehov?{spurven.View}&raekker=true")).AssertStatus(HttpStatusCode.OK);

        var line = page.Document.QuerySelector($"#tal-opdelt tr[data-line='{spurven.DepartmentId}']")!;
        Assert.Contains("2", line.QuerySelectorAll("td")[^2].TextContent, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("#tal-raekker tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Færre end to scoringer (ikke medregnet)", "Mindre støttebehov"], rows);
    }

    [Fact]
    public async Task A_leader_sees_rows_of_citizens_who_have_moved_beyond_reach_only_as_a_count()
    {
        var spurven = await ArrangeAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var view = $"periode=valgfri&fra={Spurven.From:yyyy-MM-dd}&til={Spurven.To:yyyy-MM-dd}";

        var page = (await anne.GetPageAsync($"/ledelsesinformation/tal/maalopfyldelse?{view}&raekker=true&udfald=Ikke%20opn%C3%A5et")).AssertStatus(HttpStatusCode.OK);

        Assert.DoesNotContain("Karl Spurvesen", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(spurven.G3.ToString(), page.Html, StringComparison.Ordinal);
        Assert.Contains("du ikke kan åbne", page.Document.QuerySelector("#raekker-sektion")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Spurven", page.Document.QuerySelector("#afdeling")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sector_management_reads_the_regions_figures_but_no_person_and_no_small_number()
    {
        var spurven = await ArrangeAsync();
        using var sektor = await fixture.SignInAsync(DemoUsers.Sektor);

        var region = (await sektor.GetPageAsync("/ledelsesinformation")).AssertStatus(HttpStatusCode.OK);
        Assert.Matches(@"^\d+ borgere$", Current(region, "borgere"));
        var page = (await sektor.GetPageAsync($"/ledelsesinformation?{spurven.View}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("færre end 5", Current(page, "borgere"));
        Assert.Equal("færre end 5", Current(page, "evalueringer-til-tiden"));

        var rows = (await sektor.GetPageAsync($"/ledelsesinformation/tal/borgere?{spurven.View}&raekker=true")).AssertStatus(HttpStatusCode.OK);
        Assert.Empty(rows.Document.QuerySelectorAll("#tal-raekker"));
        Assert.DoesNotContain("Spurvesen", rows.Html, StringComparison.Ordinal);
        Assert.StartsWith("færre end 5 rækker", rows.Document.QuerySelector("#raekker-sektion p")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_charts_draw_the_tables_numbers_with_a_text_alternative()
    {
        var spurven = await ArrangeAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var page = (await lars.GetPageAsync($"/ledelsesinformation/tal/evalueringer-til-tiden?{spurven.View}")).AssertStatus(HttpStatusCode.OK);

        var share = page.Document.QuerySelector($"#tal-opdelt tr[data-line='{spurven.DepartmentId}'] td:last-child")!.TextContent.Trim();
        Assert.Equal("50 % (1 af 2)", share);
        var bars = page.Document.QuerySelector("#graf-opdelt [role='img']")!;
        Assert.Contains($": {share}.", bars.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains(share, bars.QuerySelectorAll("text").Select(t => t.TextContent.Trim()));

        // Every month of the table, with the same text, in the month chart's text alternative.
        var months = page.Document.QuerySelectorAll("#tal-maaneder tbody td").Select(c => c.TextContent.Trim()).ToList();
        var summary = page.Document.QuerySelector("#graf-maaneder [role='img']")!.GetAttribute("aria-label")!;
        Assert.Equal(2, months.Count);
        Assert.Contains($"januar 2026: {months[0]}.", summary, StringComparison.Ordinal);
        Assert.Contains($"februar 2026: {months[1]}.", summary, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#graf-maaneder svg"));
    }

    [Fact]
    public async Task A_number_hidden_as_faerre_end_5_is_not_drawn()
    {
        var spurven = await ArrangeAsync();
        using var sektor = await fixture.SignInAsync(DemoUsers.Sektor);

        var page = (await sektor.GetPageAsync($"/ledelsesinformation/tal/evalueringer-til-tiden?{spurven.View}")).AssertStatus(HttpStatusCode.OK);

        var bars = page.Document.QuerySelector("#graf-opdelt")!;
        Assert.Contains("færre end 5", bars.QuerySelectorAll("text").Select(t => t.TextContent.Trim()));
        Assert.Contains("tegnes ikke", bars.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("#0072B2", bars.InnerHtml, StringComparison.OrdinalIgnoreCase); // no bar
        var months = page.Document.QuerySelector("#graf-maaneder")!;
        Assert.DoesNotContain("#0072B2", months.InnerHtml, StringComparison.OrdinalIgnoreCase); // no point
        Assert.DoesNotContain(page.Document.QuerySelectorAll("#tal-maaneder tbody td"), c => c.TextContent.Contains('%', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaders_and_the_quality_officer_read_the_figures_care_workers_and_the_administrator_get_403()
    {
        await ArrangeAsync();
        foreach (var (user, status) in new (string User, HttpStatusCode Status)[]
                 {
                     (DemoUsers.Mette, HttpStatusCode.Forbidden), (DemoUsers.Admin, HttpStatusCode.Forbidden),
                     (DemoUsers.Anne, HttpStatusCode.OK), (DemoUsers.Kvalitet, HttpStatusCode.OK),
                 })
        {
            using var client = await fixture.SignInAsync(user);
            Assert.Equal(status, (await client.GetAsync("/ledelsesinformation")).StatusCode);
            Assert.Equal(status, (await client.GetAsync("/ledelsesinformation/tal/borgere")).StatusCode);
        }

        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync("/ledelsesinformation/tal/findes-ikke")).StatusCode);
    }

    [Fact]
    public async Task A_custom_period_the_wrong_way_round_is_told_at_the_field_and_keeps_what_was_typed()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        var page = (await lars.GetPageAsync("/ledelsesinformation?periode=valgfri&fra=2026-02&til=2026-01")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("før den første", page.Document.QuerySelector("#til-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-01", page.Document.QuerySelector("#til")!.GetAttribute("value"));
        Assert.Equal("2026-02", page.Document.QuerySelector("#fra")!.GetAttribute("value"));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal("Ledelsesinformation: nøgletal", audit.Subject);

        // Unreadable text stays in the field, told at it.
        page = (await lars.GetPageAsync("/ledelsesinformation?periode=valgfri&fra=februar&til=2026-01")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("første måned", page.Document.QuerySelector("#fra-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("februar", page.Document.QuerySelector("#fra")!.GetAttribute("value"));
    }

    private static string Current(HtmlPage page, string figure) => Cell(page, figure, 1);

    private static string Cell(HtmlPage page, string figure, int column) =>
        string.Join(' ', page.Document.QuerySelector($"tr[data-figure='{figure}']")!.QuerySelectorAll("th, td")[column].TextContent
            .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
