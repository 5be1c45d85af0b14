using Retning.Domain.Audit;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Tampering with the stored audit log, as someone with database access could, is detected by verifying the chain
/// (SQLite and PostgreSQL): an edited field, a deleted middle row, two swapped rows, a forged row; a truncated tail
/// and a rewritten chain against an exported head.
/// </summary>
public sealed class AuditChainTamperingTests
{
    private const int Rows = 12;

    private static async Task<AuditChainDatabase> LogAsync()
    {
        var chain = await AuditChainDatabase.CreateAsync();
        await chain.WriteRowsAsync(Rows);
        var report = await chain.VerifyAsync();
        Assert.True(report.IsIntact, report.Summary);
        Assert.Equal(Rows, report.RowsChecked);
        return chain;
    }

    [Fact]
    public async Task The_untouched_log_is_a_gapless_chain_whose_head_is_stored()
    {
        await using var chain = await LogAsync();

        var rows = await chain.RowsAsync();

        Assert.Equal(Enumerable.Range(1, Rows).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(new AuditHead(Rows, rows[^1].Hash), await chain.HeadAsync());
        Assert.True((await chain.VerifyAsync(await chain.HeadAsync())).IsIntact);
    }

    [Fact]
    public async Task An_edited_field_is_detected()
    {
        await using var chain = await LogAsync();

        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "UserName" = 'en.anden@retning.dk' WHERE "Sequence" = 4""");

        var report = await chain.VerifyAsync();
        Assert.False(report.IsIntact);
        Assert.Equal(4, report.FirstBrokenSequence);
    }

    [Fact]
    public async Task An_edited_detail_is_detected_through_the_personal_digest()
    {
        await using var chain = await LogAsync();

        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "Detail" = 'side=999' WHERE "Sequence" = 5""");

        Assert.Equal(5, (await chain.VerifyAsync()).FirstBrokenSequence);
    }

    [Fact]
    public async Task A_deleted_middle_row_is_detected()
    {
        await using var chain = await LogAsync();

        await chain.TamperAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" = 6""");

        var report = await chain.VerifyAsync();
        Assert.Equal(6, report.FirstBrokenSequence);
        Assert.Equal(5, report.RowsChecked);
    }

    [Fact]
    public async Task Two_swapped_rows_are_detected()
    {
        await using var chain = await LogAsync();

        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "Sequence" = -1 WHERE "Sequence" = 3""");
        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = 9""");
        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "Sequence" = 9 WHERE "Sequence" = -1""");

        Assert.Equal(3, (await chain.VerifyAsync()).FirstBrokenSequence);
    }

    [Fact]
    public async Task A_forged_row_inserted_in_the_middle_is_detected()
    {
        await using var chain = await LogAsync();
        var rows = await chain.RowsAsync();
        // The forger gives the row a correct hash after row 5 and moves the later rows up by one.
        var forged = AuditChainDatabase.Row(99);
        forged.Subject = "Aldrig sket";
        AuditHashChain.Link(new AuditHead(5, rows[4].Hash), [forged]);
        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "Sequence" = "Sequence" + 1000 WHERE "Sequence" > 5""");
        await chain.TamperAsync($"""UPDATE "AuditEntries" SET "Sequence" = "Sequence" - 999 WHERE "Sequence" > 1000""");
        await chain.TamperAsync($"""
            INSERT INTO "AuditEntries" ("AtUtc", "UserId", "UserName", "Action", "CitizenId", "Subject", "Detail", "CorrelationId", "Sequence", "Hash", "PersonalDigest")
            VALUES ({forged.AtUtc}, {forged.UserId}, {forged.UserName}, {forged.Action.ToString()}, {forged.CitizenId}, {forged.Subject}, {forged.Detail}, {forged.CorrelationId}, {forged.Sequence}, {forged.Hash}, {forged.PersonalDigest})
            """);

        var report = await chain.VerifyAsync();
        Assert.False(report.IsIntact);
        Assert.Equal(7, report.FirstBrokenSequence); // the forged row 6 links; the moved row after it cannot
    }

    [Fact]
    public async Task A_truncated_tail_is_detected_by_the_stored_head_and_by_an_exported_head()
    {
        await using var chain = await LogAsync();
        var exported = await chain.HeadAsync();

        await chain.TamperAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" > 9""");
        Assert.Equal(10, (await chain.VerifyAsync()).FirstBrokenSequence);

        // A careful attacker also sets the stored head back: only the exported head still tells.
        var rows = await chain.RowsAsync();
        await chain.SetStoredHeadAsync(new AuditHead(9, rows[^1].Hash));
        Assert.True((await chain.VerifyAsync()).IsIntact);
        var report = await chain.VerifyAsync(exported);
        Assert.False(report.IsIntact);
        Assert.Equal(10, report.FirstBrokenSequence);
        Assert.Contains("fjernet fra enden", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rewritten_chain_is_detected_against_an_exported_head()
    {
        await using var chain = await LogAsync();
        var exported = await chain.HeadAsync();

        // The attacker edits row 2 and recomputes every hash after it, and the stored head.
        var rows = await chain.RowsAsync();
        rows[1].Subject = "Omskrevet";
        var head = AuditHashChain.Link(AuditHead.Empty, rows);
        foreach (var row in rows)
        {
            await chain.OverwriteAsync(row);
        }

        await chain.SetStoredHeadAsync(head);

        Assert.True((await chain.VerifyAsync()).IsIntact);
        var report = await chain.VerifyAsync(exported);
        Assert.False(report.IsIntact);
        Assert.Equal(Rows, report.FirstBrokenSequence);
        Assert.Contains("omskrevet", report.Problem, StringComparison.Ordinal);
    }
}
