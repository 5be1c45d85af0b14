using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Retning.RawPath;

/// <summary>
/// The app's database, reached with plain ADO.NET: SQLite (a file) or PostgreSQL (a connection string). It writes
/// values in the form EF Core stores them (SQLite: upper-case GUID text, "yyyy-MM-dd HH:mm:ss.FFFFFFF" times), and opens
/// SQLite connections with the app's durability settings (src/Retning.Data/SqliteDurabilityInterceptor.cs).
/// </summary>
public sealed class RawDb
{
    /// <summary>The audit chain's PostgreSQL advisory lock key, as <c>AuditChainWriter.PostgresLockKey</c> ("RETNAUDT").</summary>
    public const long PostgresLockKey = 0x5245_544E_4155_4454;

    /// <summary>
    /// Per connection, as the app: synchronous=FULL makes a commit durable; WAL is a property of the file (the app set it).
    /// Run once per opened connection, one command.
    /// </summary>
    private const string SqlitePragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    private readonly string? _sqlite;
    private readonly NpgsqlDataSource? _postgres;

    private RawDb(string? sqlite, NpgsqlDataSource? postgres) => (_sqlite, _postgres) = (sqlite, postgres);

    public bool IsPostgres => _postgres is not null;

    public static RawDb Sqlite(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString(), null);

    // The data source (its connection pool) lives as long as the process, as the one RawDb does.
#pragma warning disable CA2000
    public static RawDb Postgres(string connectionString) => new(null, NpgsqlDataSource.Create(connectionString));
#pragma warning restore CA2000

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(ct);
        }

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = SqlitePragmas;
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    public object Id(Guid id) => IsPostgres ? id : id.ToString("D").ToUpperInvariant();

    public object? Id(Guid? id) => id is { } value ? Id(value) : DBNull.Value;

    public object Time(DateTime utc) => IsPostgres ? utc : utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public object Day(DateOnly day) => IsPostgres ? day : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Commands in one line each.</summary>
public static class Sql
{
    public static DbCommand Command(this DbConnection connection, string text, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static string? Text(this DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static DateOnly? Day(this DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);

    public static Guid? OptionalId(this DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetGuid(i);
}
