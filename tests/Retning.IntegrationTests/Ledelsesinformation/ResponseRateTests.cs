using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>
/// /ledelsesinformation/svarprocent on a hand-made department "Svalen" of Solsikken, whose
/// figures are counted by hand for Saturday 21-02-2026 to Monday 02-03-2026 (today). Today is not
/// over: it owes a score only once it has one.
/// <list type="bullet">
/// <item>Asta: daily sub-goal from 21-02, 8 of 10 days scored (7 by Camilla, today among them; 24-02 by
///   Anne); weekly sub-goal, of whose weeks only 23-02–01-03 has more than half its days in the
///   period: 1 of 1 (Rasmus). 9 of 11.</item>
/// <item>Bo: daily sub-goal paused 24–26 Feb: 7 counting days, today unscored: 6 owed; scored 21, 22, 27
///   (and 25 while paused, and 28 on a note marked wrong citizen — neither counts): 3 of 6 (Rasmus). A
///   sub-goal without frequency and a closed one add nothing.</item>
/// <item>Cille: no plan: nothing expected.</item>
/// <item>Eik: moved from Mågen to Svalen on 26-02; daily sub-goal from 21-02: only the 5 days in
///   Svalen count, today unscored: 4 owed; scored 22 (in Mågen), 26, 27: 2 of 4 (Camilla).</item>
/// <item>Frida: a daily sub-goal created today, unscored: nothing expected yet.</item>
/// <item>Dagny: discharged before the period: not listed.</item>
/// </list>
/// Department: 14 of 21 = 66 %. Contact teams: Asta — Camilla; Bo — Camilla and Rasmus. Staff: the care
/// workers Camilla and Rasmus, and Anne (department head) because she wrote a scored note; the quality
/// officer, a member who neither scored nor sits in a contact team, is not listed.
/// </summary>
public sealed class ResponseRateTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Url = "/ledelsesinformation/svarprocent";
    private static readonly DateOnly From = new(2026, 2, 21);
    private static readonly DateOnly To = new(2026, 3, 2);

    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_department_citizen_and_staff_figures_are_the_hand_counted_ones()
    {
        var svalen = await ArrangeAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync($"{Url}?afdeling={svalen}&{FiguresTestData.Period(From, To)}")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(["Børnehjemmet Solsikken – Svalen", "21", "14", "66 % (under grænsen)"], Cells(page, "#afdeling-total tbody tr").Single());
        Assert.Equal(
        [
            ["Asta Svalesen", "2", "11", "9", "81 %"],
            ["Bo Svalesen", "1", "6", "3", "50 % (under grænsen)"],
            ["Cille Svalesen", "0", "0", "0", "–"],
            ["Eik Svalesen", "1", "4", "2", "50 % (under grænsen)"],
            ["Frida Svalesen", "1", "0", "0", "ingen scoringer forventet endnu"],
        ], Cells(page, "#pr-borger-tabel tbody tr"));
        Assert.Equal(
        [
            ["Anne Thomsen", "1", "0", "0", "0", "–"],
            ["Camilla Nørgaard", "10", "2", "17", "12", "70 %"],
            ["Rasmus Friis", "5", "1", "6", "3", "50 %"],
        ], Cells(page, "#pr-medarbejder-tabel tbody tr"));
        Assert.DoesNotContain("Birgitte Møller", page.Document.QuerySelector("#pr-medarbejder-tabel")!.TextContent, StringComparison.Ordinal); // the quality officer
        var asta = page.Document.QuerySelector("#pr-borger-tabel tbody tr a")!;
        Assert.Matches("^/borgere/[0-9a-f-]{36}$", asta.GetAttribute("href"));
        Assert.Contains("Sådan regnes tallene", page.Document.QuerySelector("#definitioner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_writes_one_audit_row_naming_department_and_period()
    {
        var svalen = await ArrangeAsync();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        (await lars.GetPageAsync($"{Url}?afdeling={svalen}&{FiguresTestData.Period(From, To)}")).AssertStatus(HttpStatusCode.OK);

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)null, "Ledelsesinformation: svarprocent"), (row.Action, row.CitizenId, row.Subject));
        Assert.Contains("Svalen", row.Detail, StringComparison.Ordinal);
        Assert.Contains("fra: 2026-02-21; til: 2026-03-02", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaders_and_the_quality_officer_read_it_care_workers_and_the_administrator_get_403()
    {
        await ArrangeAsync();
        var expected = new (string? User, HttpStatusCode Status)[]
        {
            (null, HttpStatusCode.Redirect),
            (DemoUsers.Mette, HttpStatusCode.Forbidden),
            (DemoUsers.Jonas, HttpStatusCode.Forbidden),
            (DemoUsers.Anne, HttpStatusCode.OK),
            (DemoUsers.Lars, HttpStatusCode.OK),
            (DemoUsers.Kvalitet, HttpStatusCode.OK),
            (DemoUsers.Admin, HttpStatusCode.Forbidden),
        };
        foreach (var (user, status) in expected)
        {
            using var client = user is null ? fixture.Anonymous() : await fixture.SignInAsync(user);
            var before = await App.LastAuditIdAsync();
            var actual = (await client.GetAsync(Url)).StatusCode;
            Assert.True(actual == status, $"{user ?? "anonymous"} GET {Url} → {(int)actual}, expected {(int)status}.");
            if (status != HttpStatusCode.OK)
            {
                Assert.DoesNotContain(await App.AuditEntriesSinceAsync(before), r => r.Subject == "Ledelsesinformation: svarprocent");
            }
        }
    }

    [Fact]
    public async Task The_default_is_the_last_three_months_and_a_department_out_of_reach_falls_back_with_a_message()
    {
        await ArrangeAsync();
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync($"{Url}?afdeling={birken}")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal("2025-12-02", page.Document.QuerySelector("#fra")!.GetAttribute("value"));
        Assert.Equal("2026-03-02", page.Document.QuerySelector("#til")!.GetAttribute("value"));
        Assert.Contains("Du kan ikke se tal for den valgte afdeling", page.Document.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Birken", page.Html, StringComparison.Ordinal);
        var options = page.Document.QuerySelectorAll("#afdeling option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Børnehjemmet Solsikken – Mågen", "Børnehjemmet Solsikken – Svalen"], options);
        Assert.Equal("Børnehjemmet Solsikken – Mågen", page.Document.QuerySelector("#afdeling option[selected]")!.TextContent);

        page = (await anne.GetPageAsync($"{Url}?fra=21-02-2026")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Fra-datoen er ikke en gyldig dato", page.Document.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
    }

    private static List<string[]> Cells(HtmlPage page, string rowSelector) =>
        [.. page.Document.QuerySelectorAll(rowSelector).Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())];

    /// <summary>Makes Svalen once per app (the tests of this class share it) and returns its id.</summary>
    private async Task<Guid> ArrangeAsync()
    {
        await using (var db = App.CreateSystemDbContext())
        {
            if (await db.Departments.Where(d => d.Name == "Svalen").Select(d => (Guid?)d.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }
        }

        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var camilla = await App.UserIdAsync(DemoUsers.Camilla);
        var rasmus = await App.UserIdAsync(DemoUsers.Rasmus);
        var anne = await App.UserIdAsync(DemoUsers.Anne);
        var quality = await App.UserIdAsync(DemoUsers.Kvalitet);
        Guid svalen;
        await using (var db = App.CreateSystemDbContext())
        {
            var offerId = await db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).SingleAsync();
            var department = new Department { OfferId = offerId, Name = "Svalen" };
            db.Departments.Add(department);
            db.Memberships.AddRange(
                new DepartmentMembership { UserId = camilla, DepartmentId = department.Id, Role = StaffRole.CareWorker },
                new DepartmentMembership { UserId = rasmus, DepartmentId = department.Id, Role = StaffRole.CareWorker },
                new DepartmentMembership { UserId = anne, DepartmentId = department.Id, Role = StaffRole.DepartmentHead },
                new DepartmentMembership { UserId = quality, DepartmentId = department.Id, Role = StaffRole.QualityOfficer });
            await db.SaveChangesAsync();
            svalen = department.Id;
        }

        var enrolled = new DateOnly(2026, 1, 1);
        var asta = await AddCitizenAsync("Asta", svalen, [(svalen, enrolled, null)], [camilla]);
        var bo = await AddCitizenAsync("Bo", svalen, [(svalen, enrolled, null)], [camilla, rasmus]);
        await AddCitizenAsync("Cille", svalen, [(svalen, enrolled, null)], []);
        var eik = await AddCitizenAsync("Eik", svalen, [(maagen, enrolled, new DateOnly(2026, 2, 25)), (svalen, new DateOnly(2026, 2, 26), null)], []);
        var dagny = await AddCitizenAsync("Dagny", svalen, [(svalen, enrolled, null)], [camilla], dischargedOn: new DateOnly(2026, 1, 15));

        var astaDaily = await App.AddScoredSubGoalAsync(asta, "At Asta reder sin seng", ScoringFrequency.Daily, From);
        await App.ScoreDaysAsync(asta, astaDaily, FiguresTestData.Days(From, 0, 1, 2, 4, 5, 7, 9), DemoUsers.Camilla);
        await App.ScoreAsync(asta, astaDaily, new DateOnly(2026, 2, 10), 3, DemoUsers.Camilla); // before the period
        await App.ScoreAsync(asta, astaDaily, From.AddDays(3), 2, DemoUsers.Anne); // a leader who scores is listed as staff
        var astaWeekly = await App.AddScoredSubGoalAsync(asta, "At Asta handler ind", ScoringFrequency.Weekly, new DateOnly(2026, 2, 2));
        await App.ScoreAsync(asta, astaWeekly, new DateOnly(2026, 2, 25), 2, DemoUsers.Rasmus);

        var boDaily = await App.AddScoredSubGoalAsync(bo, "At Bo tager sin medicin", ScoringFrequency.Daily, From);
        await App.SetStatesAsync(boDaily.Id, (From, GoalState.Active), (From.AddDays(3), GoalState.Passive), (From.AddDays(6), GoalState.Active));
        await App.ScoreDaysAsync(bo, boDaily, FiguresTestData.Days(From, 0, 1, 4, 6), DemoUsers.Rasmus);
        await App.ScoreAsync(bo, boDaily, From.AddDays(7), 1, DemoUsers.Rasmus, wrongCitizen: true);
        await App.AddScoredSubGoalAsync(bo, "At Bo ringer til sin far", null, From);
        var boClosed = await App.AddScoredSubGoalAsync(bo, "At Bo lærer at tage bussen", ScoringFrequency.Daily, From, g => g.State = GoalState.Closed);
        await App.ScoreAsync(bo, boClosed, From.AddDays(2), 2, DemoUsers.Rasmus, wrongCitizen: true);

        var eikDaily = await App.AddScoredSubGoalAsync(eik, "At Eik laver morgenmad", ScoringFrequency.Daily, From);
        await App.ScoreDaysAsync(eik, eikDaily, FiguresTestData.Days(From, 1, 5, 6), DemoUsers.Camilla);

        var frida = await AddCitizenAsync("Frida", svalen, [(svalen, enrolled, null)], []);
        await App.AddScoredSubGoalAsync(frida, "At Frida dækker bord", ScoringFrequency.Daily, To);

        var dagnyDaily = await App.AddScoredSubGoalAsync(dagny, "At Dagny går en tur", ScoringFrequency.Daily, new DateOnly(2026, 1, 2));
        await App.ScoreAsync(dagny, dagnyDaily, new DateOnly(2026, 1, 10), 2, DemoUsers.Camilla);
        return svalen;
    }

    private async Task<Guid> AddCitizenAsync(string firstName, Guid departmentId, (Guid Department, DateOnly From, DateOnly? To)[] stays, Guid[] team,
        DateOnly? dischargedOn = null)
    {
        var birthDate = new DateOnly(1990, 5, 17);
        var cpr = await App.UnusedCprAsync(birthDate);
        await using var db = App.CreateSystemDbContext();
        var citizen = new Citizen
        {
            FirstName = firstName, LastName = "Svalesen", CprDigits = cpr.Replace("-", string.Empty, StringComparison.Ordinal), BirthDate = birthDate,
            DepartmentId = departmentId, EnrolledOn = stays[0].From, DischargedOn = dischargedOn, SearchName = $"{firstName} svalesen".ToLowerInvariant(),
        };
        citizen.Placements.AddRange(stays.Select(s => new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = s.Department, From = s.From, To = s.To }));
        citizen.ContactTeam.AddRange(team.Select(u => new ContactTeamMember { CitizenId = citizen.Id, UserId = u }));
        db.Citizens.Add(citizen);
        await db.SaveChangesAsync();
        return citizen.Id;
    }
}
