using System.Text;
using Retning.Domain.Audit;

namespace Retning.Data.Audit;

/// <summary>
/// A heads file outside the database: one exported chain head per line ("sequence hash time"), appended and
/// flushed to disk, read back by <c>verify-audit</c> to catch a truncated or rewritten chain.
/// </summary>
public static class AuditHeadFile
{
    public static async Task AppendAsync(string path, AuditHead head, DateTime exportedUtc, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        await file.WriteAsync(Encoding.ASCII.GetBytes(head.ToLine(exportedUtc) + "\n"), ct);
        file.Flush(flushToDisk: true); // an exported head that a power cut loses proves nothing
    }

    public static async Task<IReadOnlyList<AuditHead>> ReadAsync(string path, CancellationToken ct) =>
        AuditHead.ParseLines(await File.ReadAllLinesAsync(path, ct));
}
