using System.Collections;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Retning.Data.Synthetic;

/// <summary>
/// Writes rows straight to their tables: PostgreSQL by binary COPY, SQLite by one prepared INSERT per table
/// in the caller's transaction. Neither goes through SaveChanges, so the caller sets what it would have set
/// (SearchText, SearchName, the timestamps; docs/adr/0006-diary-notes-and-versions.md for the versions).
/// </summary>
internal abstract class BulkWriter(IModel model)
{
    private readonly Dictionary<Type, BulkTable> tables = [];

    public static BulkWriter For(DatabaseProvider provider, IModel model) =>
        provider == DatabaseProvider.Postgres ? new PostgresBulkWriter(model) : new SqliteBulkWriter(model);

    /// <summary>Every table of the batch, in its order; returns the rows written per table name.</summary>
    public async Task<Dictionary<string, long>> WriteAsync(DbConnection connection, DbTransaction transaction, BulkBatch batch, CancellationToken ct)
    {
        var written = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (type, rows) in batch.Tables)
        {
            if (rows.Count == 0)
            {
                continue;
            }

            var table = Table(type);
            await WriteTableAsync(connection, transaction, table, rows, ct);
            written[table.Name] = rows.Count;
        }

        return written;
    }

    protected abstract Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IList rows, CancellationToken ct);

    private BulkTable Table(Type type)
    {
        if (!tables.TryGetValue(type, out var table))
        {
            table = BulkTable.For(model, type);
            tables[type] = table;
        }

        return table;
    }
}

/// <summary>Binary COPY: the fastest way into PostgreSQL (no SQL per row, no parameters).</summary>
internal sealed class PostgresBulkWriter(IModel model) : BulkWriter(model)
{
    protected override async Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IList rows, CancellationToken ct)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {BulkTable.Quote(table.Name)} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
        // The values go into the importer's buffer; only a full buffer touches the socket. Npgsql recommends the
        // synchronous writes for this: an await per value costs more than the copy itself.
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            importer.StartRow();
            foreach (var column in table.Columns)
            {
                WriteValue(importer, column.ProviderValue(row!));
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>Typed writes: the CLR type picks the PostgreSQL type EF maps it to (uuid, text, date, timestamptz, …).</summary>
    private static void WriteValue(NpgsqlBinaryImporter importer, object? value)
    {
        switch (value)
        {
            case null: importer.WriteNull(); break;
            case Guid v: importer.Write(v); break;
            case string v: importer.Write(v); break;
            case int v: importer.Write(v); break;
            case long v: importer.Write(v); break;
            case bool v: importer.Write(v); break;
            case DateOnly v: importer.Write(v); break;
            case TimeOnly v: importer.Write(v); break;
            case DateTime v: importer.Write(DateTime.SpecifyKind(v, DateTimeKind.Utc), NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
            case double v: importer.Write(v); break;
            case decimal v: importer.Write(v); break;
            default: throw new NotSupportedException($"No COPY write for {value.GetType().Name}.");
        }
    }
}

/// <summary>One prepared INSERT per table, its parameters set up by EF's type mappings (Guid as text, dates as ISO text).</summary>
internal sealed class SqliteBulkWriter(IModel model) : BulkWriter(model)
{
    /// <summary>Synchronous: Microsoft.Data.Sqlite runs every command synchronously anyway, and a task per row costs.</summary>
    protected override Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IList rows, CancellationToken ct)
    {
        using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        // A page cache that holds the indexes being filled (random Guid keys touch pages all over): SQLite's default of
        // 2 MB makes every insert read its index pages again. For this connection only.
        command.CommandText = "PRAGMA cache_size = -262144";
        command.ExecuteNonQuery();
        command.Transaction = (SqliteTransaction)transaction;
        var names = table.Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"INSERT INTO {BulkTable.Quote(table.Name)} ({table.ColumnList}) VALUES ({string.Join(", ", names)})";
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, names[i], null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row!) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }
}
