using Microsoft.AspNetCore.Identity;
using Retning.Data.Demo;
using Retning.Data.Identity;
using Retning.Data.Operations;

namespace Retning.Web.Infrastructure;

/// <summary>Start-up: migrate, refuse unsafe durability, seed the demo once when asked, print the logins.</summary>
public static class StartupTasks
{
    /// <summary>The exit code when the operator must fix something first (sysexits' EX_CONFIG).</summary>
    public const int ProblemExitCode = 78;

    // SQLite's result codes for a database that cannot be written.
    private const int IoError = 10, ReadOnly = 8, Full = 13, CannotOpen = 14;

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var settings = services.GetRequiredService<DatabaseSettings>();
        var clock = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<DbContextOptions<AppDbContext>>();
        await using var db = new AppDbContext(options, FixedCitizenScope.System, clock);

        try
        {
            await db.Database.MigrateAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode is ReadOnly or CannotOpen or Full or IoError)
        {
            // The folder passed its check, but the database file itself cannot be written (read-only file or mount, full disk).
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            throw new StartupProblemException(DataFolder.Explain(Path.GetDirectoryName(Path.GetFullPath(file))!, ex.Message), ex);
        }

        // Audit rows from before the hash chain are chained once, in id order (docs/adr/0007).
        await Retning.Data.Audit.AuditChain.ChainExistingRowsAsync(db, CancellationToken.None);

        var problems = await DurabilityCheck.ProblemsAsync(db);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Retning will not start on settings that can lose data:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }

        var seedDemo = ShouldSeedDemo(app.Configuration["Demo:Seed"], settings);
        if (seedDemo)
        {
            // The user store runs on the request-scoped context; users are not citizen data.
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var logins = await DemoData.SeedAsync(db, users, clock);
            PrintLogins(logins);
        }

        // Offers created before plans existed, by the demo or by an administrator get their defaults.
        await OfferSetup.EnsureDefaultsAsync(db, clock);

        // Plans and diaries need the templates, scales and diary lists made just above. Once
        // only; "Demo:Plans"=false keeps the demo citizens plan-less (the integration tests).
        if (seedDemo && !string.Equals(app.Configuration["Demo:Plans"], "false", StringComparison.OrdinalIgnoreCase))
        {
            await DemoPlans.SeedAsync(db, clock);
        }
    }

    /// <summary>
    /// "true" seeds anywhere; "auto" only the default embedded SQLite file (the README's run
    /// command); anything else never. A configured real database never gets demo data unasked.
    /// </summary>
    public static bool ShouldSeedDemo(string? setting, DatabaseSettings settings) => setting?.ToLowerInvariant() switch
    {
        "true" => true,
        "auto" => settings.IsDefaultEmbedded,
        _ => false,
    };

    private static void PrintLogins(IReadOnlyList<DemoLogin> logins)
    {
        Console.WriteLine();
        Console.WriteLine("Retning demo — fictional data. Log in with one of these users, password: " + DemoData.Password);
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Email,-32} {login.RoleText,-22} {login.Where}");
        }

        Console.WriteLine();
    }
}
