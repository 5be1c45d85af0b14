using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Retning.Data.Identity;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Identity's authenticator (TOTP) check, with one addition: a code is good once. The accepted
/// time step is stored on the user (<see cref="AppUser.LastTotpStep"/>) by one conditional
/// UPDATE, so a replayed code — or the same code posted twice at once — finds the step taken.
/// Registered under Identity's authenticator provider name, so every place that checks a code
/// (login with two factors, turning two-factor on) goes through it.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(AppDbContext db) : AuthenticatorTokenProvider<AppUser>
{
    /// <summary>Steps either side of now that are accepted, as Identity does (clock drift of a phone).</summary>
    public const int ToleranceSteps = 2;

    public const int StepSeconds = 30;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Identity checks against the real clock too (not the DI TimeProvider); the codes are the phone's.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
        if (MatchingStep(Base32Decode(key), token, now) is not { } step)
        {
            return false;
        }

        var taken = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step));
        return taken == 1;
    }

    /// <summary>The time step within the tolerance whose code is <paramref name="code"/>, or null.</summary>
    public static long? MatchingStep(byte[] key, string code, long nowStep)
    {
        for (var offset = -ToleranceSteps; offset <= ToleranceSteps; offset++)
        {
            var step = nowStep + offset;
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(CodeFor(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>RFC 6238: HOTP (RFC 4226, HMAC-SHA1, six digits) of the 30-second step.</summary>
    public static string CodeFor(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // SHA1 is what RFC 6238 and every authenticator app use.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32 as Identity stores the key (upper case, no padding).</summary>
    public static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c != '='))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not base32.");
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
