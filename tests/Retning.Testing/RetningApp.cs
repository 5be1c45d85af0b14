using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Retning.Data;

namespace Retning.Testing;

/// <summary>
/// Retning started in-process on a real database with the demo organisation seeded, a fake
/// clock, and optionally a real Kestrel socket for the browser tests.
/// </summary>
public sealed class RetningApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _kestrel;
    private readonly Dictionary<string, string?> _settings;

    /// <summary>The demo data is seeded relative to this date; tests move the clock from here.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Many apps live at once in a test run (one per test class, and the tests with their own), and each would take
    /// inotify instances for its file watchers (configuration reload, the static files' version hashes); the machine
    /// allows 128 per user. Polling watchers take none, and no test changes a watched file. Set before any host is built.
    /// </summary>
    static RetningApp() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public RetningApp(TestDatabase database, bool kestrel = false, IDictionary<string, string?>? settings = null, DateTimeOffset? start = null)
    {
        _database = database;
        _kestrel = kestrel;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        Clock = new FakeTimeProvider(start ?? Start);
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Counts the SQL commands and connection opens of requests, for the query-budget tests.</summary>
    public QueryCounter Queries { get; } = new();

    /// <summary>Today's Danish date on the app's clock, as the pages see it.</summary>
    public DateOnly Today => Retning.Web.Infrastructure.DanishTime.Today(Clock);
    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Retning", _database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Plans", "false");
        builder.UseSetting("Reminders:Enabled", "false"); // the reminder tests run it themselves or turn it on
        builder.UseSetting("Retention:Enabled", "false"); // the retention tests run it themselves
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
            logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
        builder.ConfigureTestServices(services =>
        {
            // Only counts inside QueryCounter.MeasureAsync; a no-op for every other test.
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Queries), ServiceLifetime.Singleton);
            services.AddSingleton(Queries.Middleware);
        });
    }

    /// <summary>The base address of the Kestrel server (browser tests).</summary>
    public Uri ServerAddress
    {
        get
        {
            if (!_kestrel)
            {
                throw new InvalidOperationException("Start the app with kestrel: true to get a socket address.");
            }

            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>A DbContext that sees everything, for arranging and asserting.</summary>
    public AppDbContext CreateSystemDbContext()
    {
        var options = Services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<AppDbContext>>();
        return new AppDbContext(options, FixedCitizenScope.System, Clock);
    }
}
