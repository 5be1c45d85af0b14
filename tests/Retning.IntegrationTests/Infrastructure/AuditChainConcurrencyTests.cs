using Microsoft.EntityFrameworkCore;
using Retning.Data.Audit;
using Retning.Domain.Audit;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Appends are serialised: concurrent writers (alone, or inside a handler's own transaction that reads first) give
/// one gapless chain that verifies; rows from before the chain are chained once; erasure keeps the chain.
/// </summary>
public sealed class AuditChainConcurrencyTests
{
    [Fact]
    public async Task Eight_concurrent_writers_give_one_gapless_chain_that_verifies()
    {
        await using var chain = await AuditChainDatabase.CreateAsync();
        await chain.WriteRowsAsync(3);

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            await using var db = chain.Context();
            for (var i = 0; i < 10; i++)
            {
                if (w % 2 == 0)
                {
                    db.AuditEntries.Add(AuditChainDatabase.Row(100 * w + i));
                    await db.SaveChangesAsync();
                    continue;
                }

                // Like a handler with its own transaction: it reads, writes its change, then its audit row.
                await using var transaction = await db.Database.BeginTransactionAsync();
                _ = await db.AuditEntries.CountAsync();
                db.AuditEntries.Add(AuditChainDatabase.Row(100 * w + i));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
        }));
        await Task.WhenAll(writers);

        var report = await chain.VerifyAsync();
        Assert.True(report.IsIntact, report.Summary);
        Assert.Equal(83, report.RowsChecked);
        Assert.Equal(new AuditHead(83, report.Head.Hash), await chain.HeadAsync());
    }

    [Fact]
    public async Task A_save_that_fails_inside_a_handlers_transaction_and_is_retried_leaves_no_gap()
    {
        await using var chain = await AuditChainDatabase.CreateAsync();
        await chain.WriteRowsAsync(2);

        await using (var db = chain.Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AuditEntries.Add(AuditChainDatabase.Row(3));
            // The lease row exists from the migration: this insert fails after the audit row was stamped.
            var clash = db.JobLeases.Add(new Retning.Data.Jobs.JobLease { Name = Retning.Data.Jobs.JobLeases.DailyDigest, Holder = "x" });
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
            clash.State = EntityState.Detached;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await chain.WriteRowsAsync(1);
        var report = await chain.VerifyAsync();
        Assert.True(report.IsIntact, report.Summary);
        Assert.Equal(4, report.RowsChecked);
    }

    [Fact]
    public async Task Rows_from_before_the_chain_are_chained_once_in_id_order_and_erasure_keeps_the_chain()
    {
        await using var chain = await AuditChainDatabase.CreateAsync("Issue10MinutesSubmitted");
        await using (var db = chain.Context())
        {
            for (var i = 1; i <= 5; i++)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "AuditEntries" ("AtUtc", "UserId", "UserName", "Action", "CitizenId", "Subject", "Detail", "CorrelationId")
                    VALUES ({DateTime.UtcNow}, {Guid.NewGuid()}, {"gammel@retning.dk"}, {"Read"}, {Guid.NewGuid()}, {"Før kæden " + i}, {"side=" + i}, {"c" + i})
                    """);
            }

            await db.Database.MigrateAsync();
            Assert.Equal(5, await AuditChain.ChainExistingRowsAsync(db, CancellationToken.None));
            Assert.Equal(0, await AuditChain.ChainExistingRowsAsync(db, CancellationToken.None));
        }

        await chain.WriteRowsAsync(3);
        var rows = await chain.RowsAsync();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(rows.OrderBy(r => r.Id).Select(r => r.Id), rows.Select(r => r.Id));
        Assert.True((await chain.VerifyAsync()).IsIntact);

        // Erasing the personal fields (GDPR) is the one update the database lets through, and the chain still verifies.
        await using (var db = chain.Context())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "CitizenId" = NULL, "Detail" = NULL, "ErasedUtc" = {DateTime.UtcNow} WHERE "Sequence" = 2""");
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Subject" = 'ændret' WHERE "Sequence" = 3"""));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Hash" = '' WHERE "Sequence" = 4"""));
        }

        var report = await chain.VerifyAsync();
        Assert.True(report.IsIntact, report.Summary);
        Assert.Null((await chain.RowsAsync())[1].Detail);
    }
}
