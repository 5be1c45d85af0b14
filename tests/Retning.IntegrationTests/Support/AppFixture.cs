using Retning.Testing;

namespace Retning.IntegrationTests.Support;

/// <summary>
/// One app on its own fresh database (SQLite file, or a PostgreSQL database when
/// RETNING_TEST_PG is set), shared by the tests of one class. Tests in a class run one after
/// another, so they may count audit rows; tests that move the clock or change settings make
/// their own app with <see cref="StartAsync"/>.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private RetningApp? _app;

    public RetningApp App => _app ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Settings for the app of this fixture (override in a subclass).</summary>
    protected virtual IDictionary<string, string?> Settings => QuietSettings();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _app = new RetningApp(_database, settings: WithPooling(_database, Settings));
        // Building the host migrates and seeds; do it here rather than inside the first test.
        _ = _app.Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    public Task<BrowserlessClient> SignInAsync(string email) => BrowserlessClient.SignedInAsync(App, email);

    public BrowserlessClient Anonymous() => BrowserlessClient.Anonymous(App);

    /// <summary>
    /// Only errors from the app's log: the tests provoke denials and lockouts on purpose, and
    /// their warnings would bury the test report. Tests assert the audit rows instead.
    /// </summary>
    public static Dictionary<string, string?> QuietSettings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
            // More specific than RetningApp's own Microsoft.AspNetCore filter: test key rings are not encrypted at rest.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            // Failed commands are expected here: EF probes the migrations history table of a new
            // PostgreSQL database, and the append-only tests provoke refusals.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A further app of its own (own database), for a test that changes settings or the clock.</summary>
    public static async Task<OwnApp> StartAsync(IDictionary<string, string?>? settings = null, string? extraPostgresOptions = null)
    {
        var database = await TestDatabase.CreateAsync(extraPostgresOptions);
        var app = new RetningApp(database, settings: WithPooling(database, QuietSettings(settings)));
        var own = new OwnApp(database, app);
        try
        {
            _ = app.Services;
        }
        catch
        {
            await own.DisposeAsync();
            throw;
        }

        return own;
    }

    /// <summary>
    /// The app's PostgreSQL connections pooled, as in production. TestDatabase turns pooling off
    /// (simple to drop); without a pool every query pays a new SCRAM login, which makes the
    /// PostgreSQL run several times slower. The pool is cleared when the database is dropped.
    /// </summary>
    public static IDictionary<string, string?> WithPooling(TestDatabase database, IDictionary<string, string?> settings)
    {
        if (database.Provider == Data.DatabaseProvider.Postgres)
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true };
            settings["ConnectionStrings:Retning"] = builder.ConnectionString;
        }

        return settings;
    }
}

/// <summary>An app and its database, disposed together.</summary>
public sealed class OwnApp(TestDatabase database, RetningApp app) : IAsyncDisposable
{
    public TestDatabase Database { get; } = database;
    public RetningApp App { get; } = app;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
