using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Retning.Data;

/// <summary>
/// SQLite's synchronous setting lives per connection, so every opened connection is set to
/// WAL with synchronous=FULL: a committed note survives a power cut.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
