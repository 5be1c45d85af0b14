using System.Text;

namespace Retning.Domain.Common;

/// <summary>
/// What is removed from every text a user types before anything else sees it
/// (docs/architecture.md, "A request's way"): control characters other than tab and line breaks (a NUL byte cannot be
/// stored in PostgreSQL text and has no meaning in a note), and the Unicode direction overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069), which can make a name or a file name read
/// backwards ("Trojan Source"); Danish, Arabic or Hebrew text reads correctly without them.
/// Line breaks become "\n", as a browser counts them for maxlength.
/// </summary>
public static class TypedText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\t' or '\n' || !IsRemoved(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>A Unicode direction override, embedding or isolate.</summary>
    public static bool IsDirectionControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsRemoved(char c) => c < ' ' || IsDirectionControl(c);

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || (c is not '\t' and not '\n' && IsRemoved(c)))
            {
                return true;
            }
        }

        return false;
    }
}
