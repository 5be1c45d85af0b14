using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Data.Synthetic;

/// <summary>
/// The synthetic region (bench/README.md, "The synthetic region"): migrates the database as the app's start does
/// (<c>Database.MigrateAsync</c>, a no-op on a database the app has already migrated), then generates a region of
/// N citizens over Y years from seed S, ending on --end (default 2026-12-01). Prints the region id, the rows per
/// table, the time and the rows per second. Usage:
/// ./Retning.Bench region --citizens N --years Y --seed S (--sqlite FILE | --pg "CONNECTION") [--end 2026-12-01] [--batch 100]
/// </summary>
internal static class RegionCommand
{
    public static async Task RunAsync(string[] args)
    {
        var settings = SeedCommand.Settings(args);
        var defaults = new SyntheticRegionOptions();
        var options = new SyntheticRegionOptions
        {
            Citizens = Number(args, "--citizens") ?? defaults.Citizens,
            Years = Number(args, "--years") ?? defaults.Years,
            Seed = Number(args, "--seed") ?? defaults.Seed,
            BatchSize = Number(args, "--batch") ?? defaults.BatchSize,
            EndOn = SeedCommand.Option(args, "--end") is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : defaults.EndOn,
        };

        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(builder, settings);
        await using (var db = new AppDbContext(builder.Options, FixedCitizenScope.System, TimeProvider.System))
        {
            await db.Database.MigrateAsync();
        }

        await Console.Error.WriteLineAsync($"generating {options.Citizens} citizens × {options.Years} years (seed {options.Seed}, {options.StartOn:yyyy-MM-dd}–{options.EndOn:yyyy-MM-dd}) on {settings.Provider} …");
        var result = await SyntheticRegion.GenerateAsync(settings, options);
        Console.WriteLine($"region_id={result.RegionId}");
        Console.WriteLine($"region_name={result.RegionName}");
        // One of each leading role: a department head, an offer head and the region reader (bench/insight.sh logs in as them).
        foreach (var login in result.Logins.Where(l => l.Role != Retning.Domain.Organisation.StaffRole.CareWorker).DistinctBy(l => l.Role))
        {
            Console.WriteLine($"login={login.Email} ({login.Role})");
        }

        foreach (var (table, count) in result.Rows.OrderByDescending(r => r.Value))
        {
            Console.WriteLine($"rows {table,-22} {count,12:N0}");
        }

        var seconds = result.Elapsed.TotalSeconds;
        Console.WriteLine($"rows total {result.TotalRows,25:N0}");
        Console.WriteLine($"time {seconds:F1} s ({result.TotalRows / seconds:N0} rows/s), of which writing {result.Writing.TotalSeconds:F1} s ({result.TotalRows / result.Writing.TotalSeconds:N0} rows/s)");
    }

    /// <summary>Gives the figures' version a new value (docs/adr/0015), so the app's next page reads its rows afresh.</summary>
    public static async Task TouchInsightAsync(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(builder, SeedCommand.Settings(args));
        await using var db = new AppDbContext(builder.Options, FixedCitizenScope.System, TimeProvider.System);
        await Retning.Data.Insight.InsightStamps.TouchAsync(db, CancellationToken.None);
    }

    private static int? Number(string[] args, string name) =>
        SeedCommand.Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
