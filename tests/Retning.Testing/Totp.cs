using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Retning.Testing;

/// <summary>
/// The code an authenticator app shows: RFC 6238 TOTP with HMAC-SHA1, 30-second steps and six
/// digits, from the base32 key the set-up page prints. The time is a parameter, so a test
/// decides which clock the server checks against.
/// </summary>
/// <remarks>
/// ASP.NET Core Identity 10 (AuthenticatorTokenProvider) checks codes against the real clock
/// (DateTimeOffset.UtcNow), not the DI TimeProvider: pass <see cref="DateTimeOffset.UtcNow"/>.
/// </remarks>
public static class Totp
{
    public const int StepSeconds = 30;
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The six-digit code for the key at the given time.</summary>
    public static string Code(string base32Key, DateTimeOffset time)
    {
        var step = time.ToUnixTimeSeconds() / StepSeconds;
        return CodeForStep(FromBase32(base32Key), step);
    }

    /// <summary>The code of one 30-second step (RFC 4226 HOTP with the step as counter).</summary>
    public static string CodeForStep(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // SHA1 is what RFC 6238 and every authenticator app use.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes RFC 4648 base32, ignoring spaces, dashes, padding and case (the page shows "abcd efgh …").</summary>
    public static byte[] FromBase32(string text)
    {
        var clean = new string([.. text.ToUpperInvariant().Where(c => c is not (' ' or '-' or '='))]);
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
