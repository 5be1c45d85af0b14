using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Operations;

/// <summary>
/// A data folder that cannot be created or written: the real process prints one Danish/English
/// paragraph and exits non-zero, without a stack trace (docs/architecture.md, "House rules"). Read-only is made
/// with /proc (no file can be created there even as root, where chmod would not stop writes).
/// </summary>
public sealed class StartupProblemTests
{
    public static TheoryData<string> UnusableFolders() => new()
    {
        "/proc/self/retning-data",                                  // cannot be created
        "/proc/self",                                               // exists, but read-only
        Path.Combine(Path.GetTempPath(), "retning-not-a-folder-" + Guid.NewGuid().ToString("N"), "data"), // a file where a folder should be (made below)
    };

    [Theory]
    [MemberData(nameof(UnusableFolders))]
    public async Task An_unusable_data_folder_gives_one_paragraph_and_a_non_zero_exit_without_a_stack_trace(string folder)
    {
        Assert.SkipWhen(TestDatabase.UsePostgres, "SQLite only: the data folder holds the SQLite file.");
        var parent = Path.GetDirectoryName(folder)!;
        if (parent.Contains("retning-not-a-folder-", StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(parent, "a file, not a folder");
        }

        try
        {
            await using var app = AppProcess.Start(new Dictionary<string, string> { ["Data__Folder"] = folder, ["Demo__Seed"] = "auto" });
            var exit = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(78, exit);
            var output = app.Output;
            Assert.Contains("Retning kan ikke starte: datamappen", output, StringComparison.Ordinal);
            Assert.Contains("Retning cannot start: the data folder", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        }
        finally
        {
            if (File.Exists(parent))
            {
                File.Delete(parent);
            }
        }
    }
}
