using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Retning.Domain.Audit;

/// <summary>
/// The audit log's hash chain (docs/adr/0007): row n carries
/// <c>Hash = SHA-256(hash of row n-1 ‖ canonical form of row n)</c>, the first row chains from 32 zero bytes.
/// The canonical form covers every column except the database id and the personal fields, which enter
/// through <see cref="AuditEntry.PersonalDigest"/> so they can be erased without breaking the chain.
/// </summary>
public static class AuditHashChain
{
    /// <summary>The hash "before" the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Fills in sequence, personal digest and hash of new rows, in order, after <paramref name="head"/>; returns the new head.</summary>
    public static AuditHead Link(AuditHead head, IEnumerable<AuditEntry> newRows)
    {
        foreach (var row in newRows)
        {
            // PostgreSQL keeps microseconds; the stored time must be the hashed time on every provider.
            row.AtUtc = ToMicroseconds(row.AtUtc);
            row.Sequence = head.Sequence + 1;
            row.PersonalDigest = PersonalDigestOf(row.CitizenId, row.Detail);
            row.Hash = HashOf(head.Hash, row);
            head = new AuditHead(row.Sequence, row.Hash);
        }

        return head;
    }

    /// <summary>SHA-256 of the previous hash's 32 bytes followed by the row's canonical bytes, as 64 lower-case hex digits.</summary>
    public static string HashOf(string previousHash, AuditEntry row)
    {
        var previous = TryFromHex(previousHash) ?? new byte[32];
        var canonical = CanonicalRow(row);
        var input = new byte[previous.Length + canonical.Length];
        previous.CopyTo(input, 0);
        canonical.CopyTo(input, previous.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>SHA-256 of the canonical form of the personal fields (citizen id and detail).</summary>
    public static string PersonalDigestOf(Guid? citizenId, string? detail)
    {
        var canonical = new Canonical("retning-audit-personal-v1");
        canonical.Add(citizenId?.ToString("D"));
        canonical.Add(detail);
        return Convert.ToHexStringLower(SHA256.HashData(canonical.Bytes()));
    }

    /// <summary>
    /// The row as bytes, one length-prefixed field after the other (so no two different rows give the same
    /// bytes): version, sequence, time in microseconds, user id, user name, action, subject, personal digest, correlation id.
    /// </summary>
    public static byte[] CanonicalRow(AuditEntry row)
    {
        var canonical = new Canonical("retning-audit-row-v1");
        canonical.Add(row.Sequence.ToString(CultureInfo.InvariantCulture));
        canonical.Add(ToMicroseconds(row.AtUtc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        canonical.Add(row.UserId?.ToString("D"));
        canonical.Add(row.UserName);
        canonical.Add(row.Action.ToString());
        canonical.Add(row.Subject);
        canonical.Add(row.PersonalDigest);
        canonical.Add(row.CorrelationId);
        return canonical.Bytes();
    }

    /// <summary>The time cut to whole microseconds (what PostgreSQL stores), as UTC.</summary>
    public static DateTime ToMicroseconds(DateTime time) =>
        new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);

    public static bool IsHash(string? text) => text is { Length: 64 } && TryFromHex(text) is not null;

    private static byte[]? TryFromHex(string text)
    {
        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(text);
    }

    /// <summary>Fields as "byte-length:bytes\n"; a null field is "~\n".</summary>
    private sealed class Canonical
    {
        private readonly ArrayBufferWriter<byte> _bytes = new();

        public Canonical(string version) => Add(version);

        public void Add(string? value)
        {
            if (value is null)
            {
                _bytes.Write("~\n"u8);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(value);
            _bytes.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
            _bytes.Write(bytes);
            _bytes.Write("\n"u8);
        }

        public byte[] Bytes() => _bytes.WrittenSpan.ToArray();
    }
}
