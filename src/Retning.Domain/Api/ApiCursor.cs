using System.Buffers.Text;

namespace Retning.Domain.Api;

/// <summary>Which list a cursor belongs to: a cursor of one list is refused by another.</summary>
public enum ApiCursorKind : byte
{
    Citizens = 1,
    Notes = 2,
    Evaluations = 3,
}

/// <summary>
/// The opaque <c>after</c> of a list (docs/adr/0020-api-contract.md, "Paging"): the list's kind and the id of the
/// last item of the page before, base64url. It carries an id only, never a date or text, so an address holds no
/// citizen data beyond ids (as the diary's own cursor, docs/adr/0006); the list reads the item's keys itself.
/// </summary>
public readonly record struct ApiCursor(ApiCursorKind Kind, Guid LastId)
{
    private const byte Format = 1;
    private const int Length = 18;

    /// <summary>18 bytes in base64url without padding.</summary>
    private const int TokenLength = 24;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Format;
        bytes[1] = (byte)Kind;
        LastId.TryWriteBytes(bytes[2..]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a cursor of the given list; false for anything else (the list answers 400).</summary>
    public static bool TryDecode(string? token, ApiCursorKind kind, out ApiCursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (token is null || token.Length != TokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            || !Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != Length
            || bytes[0] != Format || bytes[1] != (byte)kind)
        {
            return false;
        }

        cursor = new ApiCursor(kind, new Guid(bytes[2..Length]));
        return true;
    }
}
