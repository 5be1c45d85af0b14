using System.Data.Common;
using Retning.Domain.Audit;

namespace Retning.RawPath;

/// <summary>
/// The one audit row of a response, chained as the app chains it (docs/adr/0007-audit-hash-chain.md,
/// <c>AuditChainWriter</c>): in the row's transaction take the chain's lock, read the head, stamp sequence and hash
/// with the domain's <see cref="AuditHashChain"/>, insert the row and move the head. The same lock as the app's, so the
/// two can append to one chain at the same time. Statements: 3 in two commands (SQLite: lock-and-read is one
/// UPDATE … RETURNING; PostgreSQL: the advisory lock and the read are two statements of one command, so 4), plus begin and commit.
/// </summary>
public static class AuditWriter
{
    private const string SqliteLockAndHead = """UPDATE "AuditChainHead" SET "Sequence" = "Sequence" WHERE "Id" = 1 RETURNING "Sequence", "Hash";""";

    private const string PostgresLockAndHead = """SELECT pg_advisory_xact_lock(@key); SELECT "Sequence", "Hash" FROM "AuditChainHead" WHERE "Id" = 1;""";

    private const string InsertAndMoveHead = """
        INSERT INTO "AuditEntries" ("AtUtc", "UserId", "UserName", "Action", "CitizenId", "Subject", "Detail", "CorrelationId", "Sequence", "Hash", "PersonalDigest")
        VALUES (@at, @user, @userName, @action, @citizen, @subject, @detail, @correlation, @sequence, @hash, @digest);
        UPDATE "AuditChainHead" SET "Sequence" = @sequence, "Hash" = @hash WHERE "Id" = 1;
        """;

    /// <summary>A read's row alone, committed (durably) before the caller sends the page.</summary>
    public static async Task RecordAsync(RawDb db, DbConnection connection, AuditEntry row, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await AppendAsync(db, connection, transaction, row, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Appends the row inside the caller's transaction (a change and its row commit together).</summary>
    public static async Task AppendAsync(RawDb db, DbConnection connection, DbTransaction transaction, AuditEntry row, CancellationToken ct)
    {
        AuditHead head;
        await using (var lockAndRead = connection.Command(db.IsPostgres ? PostgresLockAndHead : SqliteLockAndHead, transaction))
        {
            if (db.IsPostgres)
            {
                lockAndRead.With("@key", RawDb.PostgresLockKey);
            }

            await using var reader = await lockAndRead.ExecuteReaderAsync(ct);
            if (db.IsPostgres)
            {
                await reader.NextResultAsync(ct);
            }

            await reader.ReadAsync(ct);
            head = new AuditHead(reader.GetInt64(0), reader.GetString(1));
        }

        AuditHashChain.Link(head, [row]);
        await using var insert = connection.Command(InsertAndMoveHead, transaction)
            .With("@at", db.Time(row.AtUtc)).With("@user", db.Id(row.UserId)).With("@userName", row.UserName).With("@action", row.Action.ToString())
            .With("@citizen", db.Id(row.CitizenId)).With("@subject", row.Subject).With("@detail", row.Detail).With("@correlation", row.CorrelationId)
            .With("@sequence", row.Sequence).With("@hash", row.Hash).With("@digest", row.PersonalDigest);
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A row as the app's <c>AuditLog</c> makes it: now, the caller, the request's trace id.</summary>
    public static AuditEntry Row(HttpContext http, Caller caller, AuditAction action, Guid citizenId, string subject, string? detail) => new()
    {
        AtUtc = DateTime.UtcNow, UserId = caller.Id, UserName = caller.UserName, Action = action, CitizenId = citizenId,
        Subject = subject, Detail = detail, CorrelationId = http.TraceIdentifier,
    };
}
