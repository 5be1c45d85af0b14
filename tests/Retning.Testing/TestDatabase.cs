using Microsoft.Data.Sqlite;
using Npgsql;
using Retning.Data;

namespace Retning.Testing;

/// <summary>
/// A fresh, real database for one test fixture: a SQLite file in the temp folder, or — when
/// RETNING_TEST_PG holds a PostgreSQL connection string — a new database on that server.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RETNING_TEST_PG";

    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The provider the test run targets: PostgreSQL when RETNING_TEST_PG is set, else SQLite.</summary>
    public static bool UsePostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public static async Task<TestDatabase> CreateAsync(string? extraPostgresOptions = null)
    {
        var name = "retning_test_" + Guid.NewGuid().ToString("N")[..12];
        if (!UsePostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", file, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)!;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        if (extraPostgresOptions is not null)
        {
            builder.Options = extraPostgresOptions;
        }

        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
