using System.Diagnostics;
using System.Globalization;
using Retning.Domain.Citizens;
using Retning.Testing;

// Citizen list benchmark: one department with many citizens, the real app in-process on a
// real database (SQLite, or PostgreSQL when RETNING_TEST_PG is set), timed over HTTP.
// Usage: dotnet run -c Release --project bench/Retning.Bench -- [citizens=5000] [requests=200]
var citizens = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;

await using var database = await TestDatabase.CreateAsync();
await using var app = new RetningApp(database);
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
var urls = new[] { "/borgere", "/borgere?side=100", "/borgere?q=bench12", "/borgere?q=010160" };
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
    Console.WriteLine($"{database.Provider,-8} {url,-22} n={requests} median={times[times.Count / 2]:F1} ms p95={times[(int)(times.Count * 0.95)]:F1} ms");
}
