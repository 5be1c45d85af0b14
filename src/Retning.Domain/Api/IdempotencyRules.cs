using System.Security.Cryptography;
using System.Text.Json;

namespace Retning.Domain.Api;

/// <summary>What a POST with an Idempotency-Key that was seen before gets.</summary>
public enum IdempotencyOutcome
{
    /// <summary>The same request again: the first response (status, Location, body), nothing created.</summary>
    Replay,

    /// <summary>The key was used for another request (another body, another address, or a page form): 422.</summary>
    Mismatch,

    /// <summary>The first request has not finished: 409, try again.</summary>
    InProgress,
}

/// <summary>
/// The rules of the API's <c>Idempotency-Key</c> (docs/adr/0020-api-contract.md, "Idempotency"): a key is a UUID chosen by
/// the caller, one per thing to create; it belongs to the caller and lives <see cref="Lifetime"/>. A repeat with the
/// same fingerprint (method, address and body) is answered with the first response; the same key with another
/// fingerprint is refused, so a key reused by mistake never returns someone else's result.
/// </summary>
public static class IdempotencyRules
{
    public const string Header = "Idempotency-Key";

    /// <summary>As long as a page form key (IdempotencyFilter.KeyLifetime): the same table, the same sweep.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A UUID in any of .NET's usual formats; anything else is refused (400), never guessed.</summary>
    public static bool TryParseKey(string? header, out Guid key)
    {
        key = Guid.Empty;
        return !string.IsNullOrWhiteSpace(header) && header.Trim().Length <= 38 && Guid.TryParse(header.Trim(), out key) && key != Guid.Empty;
    }

    /// <summary>
    /// SHA-256 (hex) of the method, the path and the body as JSON with insignificant white space removed, so a retry
    /// that re-serialises the same object is the same request. A body that is not JSON is hashed as sent.
    /// </summary>
    public static string Fingerprint(string method, string path, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        using var buffer = new MemoryStream();
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(method.ToUpperInvariant() + " " + path.ToLowerInvariant() + "\n"));
        buffer.Write(Minified(body));
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>What a request whose key is already stored gets.</summary>
    /// <param name="storedFingerprint">The first request's fingerprint; null for a key a page form used.</param>
    /// <param name="storedStatus">The first response's status; null while it runs.</param>
    public static IdempotencyOutcome Decide(string? storedFingerprint, int? storedStatus, string fingerprint) =>
        storedFingerprint is null || !string.Equals(storedFingerprint, fingerprint, StringComparison.Ordinal) ? IdempotencyOutcome.Mismatch
        : storedStatus is null ? IdempotencyOutcome.InProgress
        : IdempotencyOutcome.Replay;

    private static byte[] Minified(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            using var output = new MemoryStream();
            using (var writer = new Utf8JsonWriter(output))
            {
                document.WriteTo(writer);
            }

            return output.ToArray();
        }
        catch (JsonException)
        {
            return body.ToArray();
        }
    }
}
