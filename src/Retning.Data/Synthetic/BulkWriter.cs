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
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in table.Columns)
            {
                await WriteValueAsync(importer, column.ProviderValue(row!), ct);
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>Typed writes: the CLR type picks the PostgreSQL type EF maps it to (uuid, text, date, timestamptz, …).</summary>
    private static Task WriteValueAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken ct) => value switch
    {
        null => importer.WriteNullAsync(ct),
        Guid v => importer.WriteAsync(v, ct),
        string v => importer.WriteAsync(v, ct),
        int v => importer.WriteAsync(v, ct),
        long v => importer.WriteAsync(v, ct),
        bool v => importer.WriteAsync(v, ct),
        DateOnly v => importer.WriteAsync(v, ct),
        TimeOnly v => importer.WriteAsync(v, ct),
        DateTime v => importer.WriteAsync(DateTime.SpecifyKind(v, DateTimeKind.Utc), NpgsqlTypes.NpgsqlDbType.TimestampTz, ct),
        double v => importer.WriteAsync(v, ct),
        decimal v => importer.WriteAsync(v, ct),
        _ => throw new NotSupportedException($"No COPY write for {value.GetType().Name}."),
    };
}

/// <summary>One prepared INSERT per table, its parameters set up by EF's type mappings (Guid as text, dates as ISO text).</summary>
internal sealed class SqliteBulkWriter(IModel model) : BulkWriter(model)
{
    protected override async Task WriteTableAsync(DbConnection connection, DbTransaction transaction, BulkTable table, IList rows, CancellationToken ct)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        var names = table.Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"INSERT INTO {BulkTable.Quote(table.Name)} ({table.ColumnList}) VALUES ({string.Join(", ", names)})";
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, names[i], null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row!) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
