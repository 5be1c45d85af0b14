using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Testing;

// Citizen list and plan benchmark: one department with many citizens and one plan with 30 goals, the real app in-process on a
// real database (SQLite, or PostgreSQL when RETNING_TEST_PG is set), timed over HTTP.
// Usage: dotnet run -c Release --project bench/Retning.Bench -- [citizens=5000] [requests=200]

// Status documents only (no app, no database): times the DOCX and the PDF of a status with 20 scored goals.
// Usage: ./Retning.Bench status-documents [runs=7]
// The side-by-side benchmark's data and login (bench/compare.sh): ./Retning.Bench seed|session --sqlite FILE | --pg "CONNECTION" …
if (args.Length > 0 && args[0] == "seed")
{
    await SeedCommand.RunAsync(args);
    return;
}

// The synthetic region for the management figures: ./Retning.Bench region --citizens N --years Y --seed S (--sqlite FILE | --pg "CONNECTION")
if (args.Length > 0 && args[0] == "region")
{
    await RegionCommand.RunAsync(args);
    return;
}

// A change the management figures read, as a save would make it (bench/insight.sh times the page after one):
// ./Retning.Bench touch-insight (--sqlite FILE | --pg "CONNECTION")
if (args.Length > 0 && args[0] == "touch-insight")
{
    await RegionCommand.TouchInsightAsync(args);
    return;
}

if (args.Length > 0 && args[0] == "session")
{
    await SessionCommand.RunAsync(args);
    return;
}

if (args.Length > 0 && args[0] == "status-documents")
{
    await StatusDocumentBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7);
    return;
}

var citizens = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;

await using var database = await TestDatabase.CreateAsync();
// Test databases turn pooling off (so they can be dropped); a benchmark measures the app as it runs: pooled.
var pooled = database.Provider == Retning.Data.DatabaseProvider.Postgres
    ? new Dictionary<string, string?> { ["ConnectionStrings:Retning"] = database.ConnectionString.Replace("Pooling=False", "Pooling=True", StringComparison.OrdinalIgnoreCase) }
    : null;
await using var app = new RetningApp(database, settings: pooled);
app.CreateClient().Dispose(); // start: migrate and seed the demo

await using (var db = app.CreateSystemDbContext())
{
    var department = db.Departments.Single(d => d.Name == "Mågen");
    var birth = new DateOnly(1960, 1, 1);
    for (var i = 0; i < citizens; i++)
    {
        var born = birth.AddDays(i % 20000);
        var digits = born.ToString("ddMMyy", CultureInfo.InvariantCulture) + (1000 + (i % 9000)).ToString(CultureInfo.InvariantCulture);
        if (!Cpr.TryParse(digits, out _, out _) || db.ChangeTracker.Entries<Citizen>().Any(e => e.Entity.CprDigits == digits))
        {
            continue;
        }

        db.Citizens.Add(new Citizen
        {
            FirstName = "Bench" + i.ToString(CultureInfo.InvariantCulture), LastName = "Borger", CprDigits = digits,
            BirthDate = Cpr.Parse(digits).BirthDate, DepartmentId = department.Id, EnrolledOn = new DateOnly(2020, 1, 1),
        });
    }

    await db.SaveChangesAsync();
}

using var client = await BrowserlessClient.SignedInAsync(app, DemoUsers.Anne);
// A full plan: 30 goals with 2 sub-goals each, assessments in every theme, one intervention per goal.
Guid planCitizenId;
await using (var db = app.CreateSystemDbContext())
{
    var citizen = await db.Citizens.Include(c => c.Department).FirstAsync(c => c.Department!.Name == "Mågen" && c.IsDemo);
    planCitizenId = citizen.Id;
    // Begun half a year ago on the app's clock, so the sub-goal page's default period (the open plan period) is half a year of daily scores.
    var today = app.Today.AddDays(-180);
    var plan = await new Retning.Web.Services.Plans.PlanService(db).CreateAsync(citizen, today, null, default);
    var scale = await db.IndicatorScales.FirstAsync(s => s.OfferId == citizen.Department!.OfferId && s.IsDefault);
    foreach (var theme in plan.TemplateVersion!.Themes)
    {
        db.ThemeAssessments.Add(new ThemeAssessment { PlanId = plan.Id, ThemeKey = theme.Key, Resources = "Ressourcer " + theme.Name, Challenges = "Udfordringer", SupportNeed = "Støttebehov" });
    }

    for (var g = 0; g < 30; g++)
    {
        var theme = plan.TemplateVersion.Themes[g % plan.TemplateVersion.Themes.Count].Key;
        var goal = new Goal { PlanId = plan.Id, ThemeKey = theme, Text = $"At barnet smører madpakke {g} dage om ugen", StartOn = today, EndOn = today.AddMonths(6), NextEvaluationOn = today.AddMonths(3) };
        goal.Interventions.Add(new GoalIntervention { GoalId = goal.Id, What = "Guidning ved køkkenbordet", HowOften = "Dagligt", Who = "Kontaktperson" });
        db.Goals.Add(goal);
        for (var s = 0; s < 2; s++)
        {
            db.Goals.Add(new Goal { PlanId = plan.Id, ParentGoalId = goal.Id, ThemeKey = theme, Text = $"At barnet finder pålæg frem {s}", StartOn = today, EndOn = today.AddMonths(3),
                IndicatorScaleId = scale.Id, ScoringFrequency = ScoringFrequency.Daily });
        }
    }

    await db.SaveChangesAsync();
}

var urls = new[] { "/borgere", "/borgere?side=100", "/borgere?q=bench12", "/borgere?q=010160",
    $"/borgere/{planCitizenId}/plan", $"/borgere/{planCitizenId}/maal", $"/borgere/{planCitizenId}/plan/udskriv" };
foreach (var url in urls)
{
    (await client.Http.GetAsync(new Uri(url, UriKind.Relative))).Dispose(); // warm up
    var times = new List<double>();
    for (var i = 0; i < requests; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{database.Provider,-8} {url.Replace(planCitizenId.ToString(), "{id}", StringComparison.Ordinal),-28} n={requests} median={times[times.Count / 2]:F1} ms p95={times[(int)(times.Count * 0.95)]:F1} ms");
}

// The diary: a citizen with 5,000 notes (the plan's citizen, on its first sub-goal).
await DiaryBench.RunAsync(app, client, planCitizenId, 5000, requests);
