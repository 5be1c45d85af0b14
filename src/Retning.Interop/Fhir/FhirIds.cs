using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>Ids, references and dates as the Bundle writes them.</summary>
internal static class FhirIds
{
    public static string Urn(Guid id) => "urn:uuid:" + id.ToString("D");

    public static ResourceReference Reference(Guid id) => new(Urn(id));

    /// <summary>
    /// A stable id for a resource Retning has no row of its own for (the follow-up encounter, the
    /// service performer): the same plan gives the same id in every export. A name-based UUID
    /// (version 8 layout) from SHA-256, not a secret: SHA-256 is used only to spread the bits.
    /// </summary>
    public static Guid Derive(Guid source, string purpose)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(purpose.Length)];
        source.TryWriteBytes(input[..16], bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(purpose, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>A FHIR date (yyyy-MM-dd); also a valid dateTime at day precision.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static FhirDateTime DateTime(DateOnly date) => new(Date(date));
}
