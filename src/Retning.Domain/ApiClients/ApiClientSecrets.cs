using System.Security.Cryptography;
using System.Text;

namespace Retning.Domain.ApiClients;

/// <summary>
/// Client ids, secrets and the secret's stored hash (docs/adr/0017, "Secrets"). A secret is 32 random
/// bytes (256 bits), so a salted SHA-256 cannot be reversed by guessing; a slow password hash would
/// only slow every token request. The hash is compared in constant time.
/// </summary>
public static class ApiClientSecrets
{
    private const string Scheme = "sha256";

    /// <summary>A new client id: "rk-" and 16 hex digits.</summary>
    public static string NewClientId() => "rk-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>A new secret: 32 random bytes as URL-safe base64 (43 characters), shown once.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>"sha256$&lt;salt&gt;$&lt;hash&gt;" with a 16-byte random salt.</summary>
    public static string Hash(string secret) => HashWithSalt(secret, RandomNumberGenerator.GetBytes(16));

    /// <summary>True when <paramref name="secret"/> is the one <paramref name="storedHash"/> was made from.</summary>
    public static bool Verify(string? secret, string storedHash)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return false;
        }

        var parts = storedHash.Split('$');
        if (parts.Length != 3 || parts[0] != Scheme)
        {
            return false;
        }

        byte[] salt;
        byte[] expected;
        try
        {
            salt = Convert.FromBase64String(parts[1]);
            expected = Convert.FromHexString(parts[2]);
        }
        catch (FormatException)
        {
            return false;
        }

        var actual = Digest(secret, salt);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string HashWithSalt(string secret, byte[] salt) =>
        $"{Scheme}${Convert.ToBase64String(salt)}${Convert.ToHexStringLower(Digest(secret, salt))}";

    private static byte[] Digest(string secret, byte[] salt)
    {
        var text = Encoding.UTF8.GetBytes(secret);
        var input = new byte[salt.Length + text.Length];
        salt.CopyTo(input, 0);
        text.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
