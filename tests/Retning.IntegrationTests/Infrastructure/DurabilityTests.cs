using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>Start-up refuses settings that can lose committed data; the app's own connections are durable.</summary>
public sealed class DurabilityTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task On_SQLite_every_connection_of_the_app_is_WAL_with_synchronous_FULL()
    {
        Assert.SkipWhen(TestDatabase.UsePostgres, "SQLite only: this run is on PostgreSQL.");
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
            Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous;"));
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys;"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task On_PostgreSQL_the_app_connection_commits_synchronously()
    {
        Assert.SkipUnless(TestDatabase.UsePostgres, "PostgreSQL only: set RETNING_TEST_PG to run it.");
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            Assert.Equal("on", await ScalarAsync(connection, "SHOW synchronous_commit;"));
            Assert.Equal("on", await ScalarAsync(connection, "SHOW fsync;"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task On_PostgreSQL_the_app_refuses_to_start_with_synchronous_commit_off()
    {
        Assert.SkipUnless(TestDatabase.UsePostgres, "PostgreSQL only: set RETNING_TEST_PG to run it.");

        var ex = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var own = await AppFixture.StartAsync(extraPostgresOptions: "-c synchronous_commit=off");
        });

        var messages = string.Join(" / ", Chain(ex).Select(e => e.Message));
        Assert.Contains("synchronous_commit", messages, StringComparison.Ordinal);
        Assert.Contains("Retning will not start", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
