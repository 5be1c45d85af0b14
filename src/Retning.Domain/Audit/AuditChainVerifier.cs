namespace Retning.Domain.Audit;

/// <summary>What verifying the audit chain found: whole or the first broken link, and the head it reached.</summary>
public sealed record AuditChainReport(bool IsIntact, long RowsChecked, long? FirstBrokenSequence, string? Problem, AuditHead Head)
{
    /// <summary>One line for an operator or a leader, in Danish.</summary>
    public string Summary => IsIntact
        ? $"Loggen er hel: {RowsChecked} rækker kontrolleret, seneste nr. {Head.Sequence}."
        : $"Loggen er brudt ved nr. {FirstBrokenSequence}: {Problem} ({RowsChecked} rækker kontrolleret før bruddet).";
}

/// <summary>
/// Recomputes the chain one row at a time, in sequence order, so a database of millions of rows is read in
/// batches; stops at the first broken link. Exported heads (from backups or the daily export) must each still be
/// in the chain with the same hash, and the chain must reach the newest of them: that catches a truncated tail
/// and a chain rewritten from some row on with fresh hashes.
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly Dictionary<long, string> _exported;
    private AuditHead _head = AuditHead.Empty;
    private long _checked;
    private (long Sequence, string Problem)? _broken;

    public AuditChainVerifier(IEnumerable<AuditHead>? exportedHeads = null)
    {
        _exported = [];
        foreach (var head in exportedHeads ?? [])
        {
            // Two exports of one sequence with different hashes cannot both be in one chain.
            if (_exported.TryGetValue(head.Sequence, out var other) && other != head.Hash)
            {
                _broken ??= (head.Sequence, $"to eksporterede hoveder for nr. {head.Sequence} har forskellig hash");
            }

            _exported[head.Sequence] = head.Hash;
        }
    }

    public bool IsBroken => _broken is not null;

    /// <summary>Checks the next row (rows come ordered by sequence, then id); false once the chain is broken.</summary>
    public bool Accept(AuditEntry row)
    {
        if (_broken is not null)
        {
            return false;
        }

        var problem = ProblemWith(row);
        if (problem is not null)
        {
            // A duplicate names its own number; a gap, an edit or an unchained row the first link that cannot be confirmed.
            _broken = (row.Sequence >= 1 ? Math.Min(row.Sequence, _head.Sequence + 1) : _head.Sequence + 1, problem);
            return false;
        }

        _head = new AuditHead(row.Sequence, row.Hash);
        _checked++;
        return true;
    }

    /// <summary>The report after the last row: a chain that stops before an exported head has lost its tail.</summary>
    public AuditChainReport Finish()
    {
        if (_broken is null && _exported.Count > 0 && _exported.Keys.Max() is var newest && newest > _head.Sequence)
        {
            _broken = (_head.Sequence + 1, $"kæden slutter ved nr. {_head.Sequence}, men et eksporteret hoved har nr. {newest}: rækker er fjernet fra enden");
        }

        return _broken is { } b
            ? new AuditChainReport(false, _checked, b.Sequence, b.Problem, _head)
            : new AuditChainReport(true, _checked, null, null, _head);
    }

    /// <summary>Verifies rows held in memory (any order; they are sorted by sequence, then id).</summary>
    public static AuditChainReport Verify(IEnumerable<AuditEntry> rows, IEnumerable<AuditHead>? exportedHeads = null)
    {
        var verifier = new AuditChainVerifier(exportedHeads);
        foreach (var row in rows.OrderBy(r => r.Sequence).ThenBy(r => r.Id))
        {
            if (!verifier.Accept(row))
            {
                break;
            }
        }

        return verifier.Finish();
    }

    private string? ProblemWith(AuditEntry row)
    {
        var expected = _head.Sequence + 1;
        if (row.Hash.Length == 0)
        {
            return $"række id {row.Id} er ikke i kæden (skrevet uden om Retning)";
        }

        if (row.Sequence < expected)
        {
            return $"nr. {row.Sequence} findes to gange (række id {row.Id} er indsat eller kopieret)";
        }

        if (row.Sequence > expected)
        {
            return $"nr. {expected} mangler (kæden springer til nr. {row.Sequence}): en række er slettet";
        }

        if (row.ErasedUtc is null)
        {
            if (AuditHashChain.PersonalDigestOf(row.CitizenId, row.Detail) != row.PersonalDigest)
            {
                return "borger eller detalje er ændret (passer ikke med rækkens digest)";
            }
        }
        else if (row.CitizenId is not null || row.Detail is not null)
        {
            return "rækken er markeret som slettet efter GDPR, men har stadig borger eller detalje";
        }

        if (AuditHashChain.HashOf(_head.Hash, row) != row.Hash)
        {
            return "rækken er ændret, flyttet eller forfalsket (hash passer ikke med indholdet og forrige række)";
        }

        if (_exported.TryGetValue(row.Sequence, out var exported) && exported != row.Hash)
        {
            return "kæden er omskrevet: hash afviger fra et eksporteret hoved";
        }

        return null;
    }
}
