using System.Globalization;

namespace Retning.Domain.Audit;

/// <summary>
/// The newest link of the audit chain: its sequence number and hash. Exported outside the database (backup,
/// daily file, syslog), it later proves that the chain still reaches it unchanged.
/// </summary>
public sealed record AuditHead(long Sequence, string Hash)
{
    /// <summary>The head of an empty chain.</summary>
    public static readonly AuditHead Empty = new(0, AuditHashChain.Genesis);

    /// <summary>One line of a heads file: "sequence hash time", e.g. "1042 9f…e1 2026-12-05T03:00:00Z".</summary>
    public string ToLine(DateTime exportedUtc) =>
        $"{Sequence.ToString(CultureInfo.InvariantCulture)} {Hash} {exportedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Reads a heads file (one head per line as written by <see cref="ToLine"/>; blank lines and '#' comments are
    /// skipped). A line that is not a head is an error: a damaged heads file must not pass silently.
    /// </summary>
    public static IReadOnlyList<AuditHead> ParseLines(IEnumerable<string> lines)
    {
        var heads = new List<AuditHead>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                || sequence < 1 || !AuditHashChain.IsHash(parts[1]))
            {
                throw new FormatException($"Line {number} of the heads file is not 'sequence hash [time]': {line}");
            }

            heads.Add(new AuditHead(sequence, parts[1].ToLowerInvariant()));
        }

        return heads;
    }
}
