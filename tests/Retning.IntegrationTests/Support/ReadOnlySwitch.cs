using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Retning.IntegrationTests.Support;

/// <summary>
/// Makes the app's database read-only while <see cref="On"/> is set, as a full disk or a
/// read-only mount would, without file modes (the tests may run as root, where chmod does not
/// stop writes): SQLite connections get <c>PRAGMA query_only</c>, PostgreSQL connections
/// <c>default_transaction_read_only</c>. Set on every opened connection, so pooled ones follow.
/// </summary>
public sealed class ReadOnlySwitch : DbConnectionInterceptor
{
    private volatile bool _on;

    public bool On
    {
        get => _on;
        set => _on = value;
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statement(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statement(connection);
        command.ExecuteNonQuery();
    }

    private string Statement(DbConnection connection) => connection.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)
        ? $"PRAGMA query_only = {(On ? 1 : 0)};"
        : $"SET default_transaction_read_only = {(On ? "on" : "off")};";
}
