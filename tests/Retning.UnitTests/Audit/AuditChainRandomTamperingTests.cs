using Retning.Domain.Audit;

namespace Retning.UnitTests.Audit;

/// <summary>1,000 random tamperings of an in-memory log (seeded, so a failure can be replayed): every one is detected.</summary>
public sealed class AuditChainRandomTamperingTests
{
    private enum Tampering { EditField, DeleteRow, SwapRows, InsertForged, TruncateTail, RewriteChain }

    [Fact]
    public void A_thousand_random_tamperings_are_detected_a_thousand_times()
    {
        var random = new Random(20261205);
        var detected = 0;
        var missed = new List<string>();
        for (var run = 0; run < 1000; run++)
        {
            var rows = AuditHashChainTests.Chain(random.Next(3, 40), seed: run);
            // What an operator exported before the attack: the head as it then stood.
            var exported = new AuditHead(rows[^1].Sequence, rows[^1].Hash);
            var kind = (Tampering)random.Next(6);
            var what = Tamper(rows, kind, random);

            var report = AuditChainVerifier.Verify(rows, [exported]);
            if (report.IsIntact)
            {
                missed.Add($"run {run}: {kind} {what}");
            }
            else
            {
                detected++;
            }
        }

        Assert.True(detected == 1000, $"{1000 - detected} tamperings were not detected: {string.Join(" | ", missed.Take(10))}");
    }

    private static string Tamper(List<AuditEntry> rows, Tampering kind, Random random)
    {
        var i = random.Next(rows.Count);
        switch (kind)
        {
            case Tampering.EditField:
                return EditField(rows[i], random);
            case Tampering.DeleteRow:
                rows.RemoveAt(i);
                return $"row {i}";
            case Tampering.SwapRows:
                var j = (i + 1 + random.Next(rows.Count - 1)) % rows.Count;
                (rows[i].Sequence, rows[j].Sequence) = (rows[j].Sequence, rows[i].Sequence);
                (rows[i].Hash, rows[j].Hash) = (rows[j].Hash, rows[i].Hash);
                return $"rows {i} and {j}";
            case Tampering.InsertForged:
                // Anywhere before the newest row: a forged row at the very end is an append, which only signing would catch.
                var at = random.Next(rows.Count - 1);
                var forged = new AuditEntry
                {
                    Id = 1000 + at, AtUtc = rows[at].AtUtc, UserName = "angriber", Action = AuditAction.Read,
                    Subject = "Forfalsket", CorrelationId = "x", Sequence = rows[at].Sequence + 1,
                };
                forged.PersonalDigest = AuditHashChain.PersonalDigestOf(null, null);
                forged.Hash = AuditHashChain.HashOf(rows[at].Hash, forged);
                foreach (var later in rows.Where(r => r.Sequence > rows[at].Sequence))
                {
                    later.Sequence++;
                }

                rows.Add(forged);
                return $"after {at}";
            case Tampering.TruncateTail:
                var keep = random.Next(rows.Count);
                rows.RemoveRange(keep, rows.Count - keep);
                return $"kept {keep}";
            default:
                rows[i].Subject += " (omskrevet)";
                AuditHashChain.Link(AuditHead.Empty, rows.OrderBy(r => r.Sequence).ToList());
                return $"row {i}";
        }
    }

    private static string EditField(AuditEntry row, Random random)
    {
        var field = random.Next(11);
        switch (field)
        {
            case 0: row.Subject += "!"; break;
            case 1: row.UserName = "en anden"; break;
            case 2: row.AtUtc = row.AtUtc.AddSeconds(random.Next(1, 5000)); break;
            case 3: row.Action = row.Action == AuditAction.Read ? AuditAction.Delete : AuditAction.Read; break;
            case 4: row.CitizenId = row.CitizenId is null ? Guid.NewGuid() : null; break;
            case 5: row.Detail = (row.Detail ?? string.Empty) + "x"; break;
            case 6: row.UserId = row.UserId is null ? Guid.NewGuid() : null; break;
            case 7: row.CorrelationId += "1"; break;
            case 8: row.Hash = new string(row.Hash.Reverse().ToArray()) == row.Hash ? AuditHashChain.Genesis : new string(row.Hash.Reverse().ToArray()); break;
            case 9: row.PersonalDigest = AuditHashChain.PersonalDigestOf(Guid.NewGuid(), "forfalsket"); break;
            default: row.ErasedUtc = row.AtUtc; row.CitizenId ??= Guid.NewGuid(); break; // marked erased but not erased
        }

        return $"field {field} of {row.Sequence}";
    }
}
