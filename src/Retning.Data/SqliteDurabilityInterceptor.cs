using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Retning.Data;

/// <summary>
/// SQLite's synchronous setting lives per connection, so every physical connection is set to
/// WAL with synchronous=FULL: a committed note survives a power cut.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite pools physical connections and EF opens and closes its connection around
/// every query, so the batch runs the first time a physical connection (its native handle) is
/// opened, not on every open: the settings stay on the handle until it is closed for good, and
/// nothing in the app changes them (docs/adr/0012-database-connections-and-query-shapes.md).
/// A connection string with <c>Pooling=False</c> gets a new handle, and so the batch, on every open.
/// </remarks>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    // Keyed by the native handle object, which lives exactly as long as the physical connection.
    private static readonly ConditionalWeakTable<object, object> Prepared = new();
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection, out var handle))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        MarkPrepared(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection, out var handle))
        {
            return;
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        MarkPrepared(handle);
    }

    private static bool IsPrepared(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is not null && Prepared.TryGetValue(handle, out _);
    }

    // Marked only after the batch succeeded, so a failed batch is tried again on the next open.
    private static void MarkPrepared(object? handle)
    {
        if (handle is not null)
        {
            Prepared.AddOrUpdate(handle, Done);
        }
    }
}
