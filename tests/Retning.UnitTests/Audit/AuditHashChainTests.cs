using Retning.Domain.Audit;

namespace Retning.UnitTests.Audit;

/// <summary>The audit hash chain as a pure function: every kind of tampering breaks it, erasure of personal fields does not.</summary>
public sealed class AuditHashChainTests
{
    private static readonly DateTime Start = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>A chained log of <paramref name="count"/> rows with varied content.</summary>
    internal static List<AuditEntry> Chain(int count, int seed = 1)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(1, count).Select(i => new AuditEntry
        {
            Id = i,
            AtUtc = Start.AddTicks(i * 10_000_000L + random.Next(0, 10_000_000)),
            UserId = random.Next(3) == 0 ? null : new Guid(random.Next(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            UserName = $"bruger{random.Next(5)}@retning.dk",
            Action = (AuditAction)random.Next(1, 8),
            CitizenId = random.Next(2) == 0 ? null : new Guid(random.Next(), 2, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            Subject = $"Emne {random.Next(100)}",
            Detail = random.Next(3) == 0 ? null : $"mål={random.Next()}; viste={random.Next(50)}",
            CorrelationId = $"corr-{i}",
        }).ToList();
        AuditHashChain.Link(AuditHead.Empty, rows);
        return rows;
    }

    private static AuditEntry Copy(AuditEntry r) => new()
    {
        Id = r.Id, AtUtc = r.AtUtc, UserId = r.UserId, UserName = r.UserName, Action = r.Action, CitizenId = r.CitizenId,
        Subject = r.Subject, Detail = r.Detail, CorrelationId = r.CorrelationId, Sequence = r.Sequence, Hash = r.Hash,
        PersonalDigest = r.PersonalDigest, ErasedUtc = r.ErasedUtc,
    };

    [Fact]
    public void A_linked_chain_verifies_with_gapless_sequences_and_64_hex_hashes()
    {
        var rows = Chain(30);

        var report = AuditChainVerifier.Verify(rows);

        Assert.True(report.IsIntact, report.Summary);
        Assert.Equal(30, report.RowsChecked);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.All(rows, r => Assert.True(AuditHashChain.IsHash(r.Hash) && AuditHashChain.IsHash(r.PersonalDigest)));
        Assert.Equal(new AuditHead(30, rows[^1].Hash), report.Head);
        Assert.Equal(30, rows.Select(r => r.Hash).Distinct().Count());
    }

    [Fact]
    public void The_hash_is_sha256_of_the_previous_hash_and_the_canonical_row()
    {
        var rows = Chain(2);
        var input = Convert.FromHexString(rows[0].Hash).Concat(AuditHashChain.CanonicalRow(rows[1])).ToArray();

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input)), rows[1].Hash);
    }

    [Fact]
    public void Time_is_hashed_in_whole_microseconds_as_PostgreSQL_stores_it()
    {
        var rows = Chain(1);
        Assert.Equal(0, rows[0].AtUtc.Ticks % 10);
    }

    [Fact]
    public void Editing_a_field_is_detected_at_that_row()
    {
        var rows = Chain(10);
        rows[4].Subject = "Ændret emne";

        var report = AuditChainVerifier.Verify(rows);

        Assert.False(report.IsIntact);
        Assert.Equal(5, report.FirstBrokenSequence);
        Assert.Equal(4, report.RowsChecked);
    }

    [Fact]
    public void Editing_the_personal_fields_is_detected_through_the_digest()
    {
        var rows = Chain(10);
        rows[2].Detail = "q=010203-1234";

        var report = AuditChainVerifier.Verify(rows);

        Assert.Equal(3, report.FirstBrokenSequence);
        Assert.Contains("digest", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Erasing_the_personal_fields_keeps_the_chain_intact_but_half_an_erasure_does_not()
    {
        var rows = Chain(10);
        foreach (var row in rows.Where(r => r.Sequence % 3 == 0))
        {
            row.CitizenId = null;
            row.Detail = null;
            row.ErasedUtc = Start.AddDays(400);
        }

        Assert.True(AuditChainVerifier.Verify(rows).IsIntact);

        rows[5].Detail = "tilbage igen";
        Assert.Equal(6, AuditChainVerifier.Verify(rows).FirstBrokenSequence);
    }

    [Fact]
    public void Deleting_a_middle_row_is_detected_as_a_gap()
    {
        var rows = Chain(10);
        rows.RemoveAt(6);

        var report = AuditChainVerifier.Verify(rows);

        Assert.Equal(7, report.FirstBrokenSequence);
        Assert.Contains("mangler", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapping_the_contents_of_two_rows_is_detected()
    {
        var rows = Chain(10);
        (rows[2].Sequence, rows[7].Sequence) = (rows[7].Sequence, rows[2].Sequence);
        (rows[2].Hash, rows[7].Hash) = (rows[7].Hash, rows[2].Hash);

        Assert.Equal(3, AuditChainVerifier.Verify(rows).FirstBrokenSequence);
    }

    [Fact]
    public void A_forged_row_inserted_in_the_middle_is_detected_even_with_a_correct_hash_of_its_own()
    {
        var rows = Chain(10);
        var forged = Copy(rows[4]);
        forged.Id = 99;
        forged.Subject = "Aldrig sket";
        forged.Sequence = 6;
        forged.Hash = AuditHashChain.HashOf(rows[4].Hash, forged);
        // The forger renumbers the rows after it, but cannot keep their hashes.
        foreach (var row in rows.Skip(5))
        {
            row.Sequence++;
        }

        rows.Add(forged);

        Assert.Equal(7, AuditChainVerifier.Verify(rows).FirstBrokenSequence);
    }

    [Fact]
    public void A_truncated_tail_passes_alone_but_fails_against_an_exported_head()
    {
        var rows = Chain(10);
        var exported = new AuditHead(10, rows[9].Hash);
        rows.RemoveRange(7, 3);

        Assert.True(AuditChainVerifier.Verify(rows).IsIntact);
        var report = AuditChainVerifier.Verify(rows, [exported]);
        Assert.False(report.IsIntact);
        Assert.Equal(8, report.FirstBrokenSequence);
    }

    [Fact]
    public void A_chain_rewritten_with_fresh_hashes_passes_alone_but_fails_against_an_exported_head()
    {
        var rows = Chain(10);
        var exported = new AuditHead(8, rows[7].Hash);
        rows[3].Subject = "Omskrevet";
        AuditHashChain.Link(AuditHead.Empty, rows); // the attacker recomputes every hash

        Assert.True(AuditChainVerifier.Verify(rows).IsIntact);
        var report = AuditChainVerifier.Verify(rows, [exported]);
        Assert.False(report.IsIntact);
        Assert.Equal(8, report.FirstBrokenSequence);
    }

    [Fact]
    public void Heads_round_trip_through_the_heads_file_and_a_damaged_line_is_refused()
    {
        var rows = Chain(3);
        var head = new AuditHead(3, rows[2].Hash);
        var lines = new[] { "# Retning audit heads", head.ToLine(Start), string.Empty };

        Assert.Equal([head], AuditHead.ParseLines(lines));
        Assert.Throws<FormatException>(() => AuditHead.ParseLines(["3 not-a-hash"]));
    }
}
