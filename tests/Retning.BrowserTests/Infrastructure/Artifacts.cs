namespace Retning.BrowserTests.Infrastructure;

/// <summary>Where the browser tests leave screenshots: .test-artifacts/screenshots under the repository root (gitignored).</summary>
public static class Artifacts
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScreenshotFolder { get; } = Path.Combine(RepoRoot, ".test-artifacts", "screenshots");

    public static string ScreenshotPath(string test, string step) =>
        Path.Combine(ScreenshotFolder, $"{Safe(test)}-{Safe(step)}.png");

    private static string Safe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Retning.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
