using System.Globalization;

namespace Retning.Documents.Pdf;

/// <summary>Finding the Chromium executable and the private working directory of one run (see ChromiumPdfPrinter.cs).</summary>
public sealed partial class ChromiumPdfPrinter
{
    /// <summary>The executable's full path, or null when it does not exist or cannot be run.</summary>
    internal static string? ResolveExecutable(string chromiumPath)
    {
        if (string.IsNullOrWhiteSpace(chromiumPath))
        {
            return null;
        }

        if (chromiumPath.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || chromiumPath.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return IsExecutableFile(chromiumPath) ? Path.GetFullPath(chromiumPath) : null;
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, chromiumPath);
            if (IsExecutableFile(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private static string CreatePrivateDirectory(string root)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(Path.GetFullPath(root), "retning-pdf-" + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static async Task DeleteDirectoryAsync(string path)
    {
        // Chromium's last helpers may still be writing into the profile for a moment after a kill.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Give up quietly rather than hide the print's own result; at least remove the
                // citizen data itself.
                TryDelete(Path.Combine(path, "in.html"));
                TryDelete(Path.Combine(path, "out.pdf"));
                return;
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do.
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
