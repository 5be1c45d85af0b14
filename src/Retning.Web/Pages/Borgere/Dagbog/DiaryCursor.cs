using System.Buffers.Text;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>Which way a timeline link pages from the note it names.</summary>
public enum DiaryDirection : byte
{
    /// <summary>"Ældre": the notes after this one, newest first.</summary>
    Older = 1,

    /// <summary>"Nyere": the notes before this one.</summary>
    Newer = 2,
}

/// <summary>
/// Where an "Ældre"/"Nyere" link on the timeline goes on from: a direction and the id of the
/// note at the page's edge, as a short opaque token (<c>?markoer=…</c>). It carries an id only,
/// never a date or any text, so the address holds no citizen data beyond ids; the page reads
/// the note's keys itself, within the citizen's own notes (docs/adr/0006-diary-notes-and-versions.md).
/// </summary>
public readonly record struct DiaryCursor(DiaryDirection Direction, Guid NoteId)
{
    private const int Length = 17;

    /// <summary>17 bytes in base64url without padding.</summary>
    private const int TokenLength = 23;

    public string Token()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = (byte)Direction;
        NoteId.TryWriteBytes(bytes[1..]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a token; false for anything this page did not write (the page then shows the newest notes).</summary>
    public static bool TryRead(string? token, out DiaryCursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (token is null || token.Length != TokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            || !Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != Length
            || bytes[0] is not ((byte)DiaryDirection.Older or (byte)DiaryDirection.Newer))
        {
            return false;
        }

        cursor = new DiaryCursor((DiaryDirection)bytes[0], new Guid(bytes[1..Length]));
        return true;
    }
}
