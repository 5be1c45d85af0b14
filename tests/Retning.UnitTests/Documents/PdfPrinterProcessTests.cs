using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Text;
using Retning.Documents.Pdf;

namespace Retning.UnitTests.Documents.Pdf;

/// <summary>
/// How <see cref="ChromiumPdfPrinter"/> runs and guards its process, with shell scripts standing
/// in for Chromium: missing executable, failures, timeout, cancellation, concurrency, clean-up.
/// </summary>
[Collection(PdfCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class PdfPrinterProcessTests : IDisposable
{
    private const string Html = "<!doctype html><html lang=\"da\"><body><p>Åse Ærø-Østergård, CPR 010203-4455</p></body></html>";

    // Finds the --print-to-pdf= argument and the call's directory.
    private const string ParseArguments = """
        for a in "$@"; do
          case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac
        done
        dir=$(dirname "$out")
        """;

    private readonly PdfScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private ChromiumPdfPrinter Printer(string chromium, TimeSpan? timeout = null, int maxConcurrent = 2) =>
        new(new PdfPrinterOptions
        {
            ChromiumPath = chromium,
            TempDirectory = _scratch.Work,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            MaxConcurrent = maxConcurrent,
        });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_missing_executable_is_unavailable_and_printing_says_how_to_install_it()
    {
        var printer = Printer(_scratch.PathOf("no-such-chromium"));

        Assert.False(printer.IsAvailable);
        Assert.Contains("sudo apt-get install chromium", printer.UnavailableMessage, StringComparison.Ordinal);
        Assert.Contains("Chromium", printer.UnavailableMessage, StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(Html, Ct));
        Assert.Equal(PdfPrintFailure.Unavailable, error.Failure);
        Assert.Contains("no-such-chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public void A_file_that_cannot_be_run_is_unavailable()
    {
        var path = _scratch.PathOf("chromium");
        File.WriteAllText(path, "not a program");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.False(Printer(path).IsAvailable);
    }

    [Fact]
    public void A_bare_name_is_looked_up_on_the_path()
    {
        Assert.True(Printer("sh").IsAvailable);
        Assert.False(Printer("retning-no-such-program").IsAvailable);
    }

    [Fact]
    public async Task Chromium_gets_the_html_in_a_private_directory_with_the_agreed_arguments()
    {
        var capture = Directory.CreateDirectory(_scratch.PathOf("capture")).FullName;
        var chromium = _scratch.Script("chromium", ParseArguments + $"""

            printf '%s\n' "$@" > {capture}/args.txt
            cp "$dir/in.html" {capture}/in.html
            stat -c %a "$dir" > {capture}/mode.txt
            echo "$HOME" > {capture}/home.txt
            printf '%%PDF-1.4\n%% fake\n' > "$out"
            """);

        var pdf = await Printer(chromium).PrintAsync(Html, Ct);

        Assert.Equal("%PDF-1.4\n% fake\n", Encoding.ASCII.GetString(pdf));
        var args = File.ReadAllLines(Path.Combine(capture, "args.txt"));
        var dir = Path.GetDirectoryName(args.Single(a => a.StartsWith("--print-to-pdf=", StringComparison.Ordinal))["--print-to-pdf=".Length..])!;
        Assert.Equal(_scratch.Work, Path.GetDirectoryName(dir));
        Assert.StartsWith("retning-pdf-", Path.GetFileName(dir), StringComparison.Ordinal);
        Assert.Subset(
            new HashSet<string>(args),
            new HashSet<string>
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                "--user-data-dir=" + Path.Combine(dir, "profile"),
                "--print-to-pdf=" + Path.Combine(dir, "out.pdf"),
            });
        Assert.Equal("file://" + Path.Combine(dir, "in.html"), args[^1]);
        Assert.Equal("700", File.ReadAllText(Path.Combine(capture, "mode.txt")).Trim());
        Assert.StartsWith(dir + "/", File.ReadAllText(Path.Combine(capture, "home.txt")).Trim(), StringComparison.Ordinal);
        // UTF-8 with a BOM, so Chromium reads æøå right even without <meta charset>.
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Html)], File.ReadAllBytes(Path.Combine(capture, "in.html")));
        Assert.False(Directory.Exists(dir));
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task A_failing_chromium_gives_its_error_output_without_noise_or_the_html()
    {
        var chromium = _scratch.Script("chromium", """
            echo "/usr/bin/chromium: 9: [: 25276514304: unexpected operator" >&2
            echo "[1:2:1123/233621.372830:ERROR:dbus/bus.cc:405] Failed to connect to the bus" >&2
            echo "[1:2:1123/233621.400000:FATAL:content/browser/x.cc:1] Kaputt: kan ikke åbne filen" >&2
            exit 3
            """);

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => Printer(chromium).PrintAsync(Html, Ct));

        Assert.Equal(PdfPrintFailure.Failed, error.Failure);
        Assert.Contains("kode 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kaputt: kan ikke åbne filen", error.ErrorOutput, StringComparison.Ordinal);
        Assert.Contains("Kaputt: kan ikke åbne filen", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dbus", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected operator", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CPR", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Østergård", error.Message, StringComparison.Ordinal);
        Assert.Empty(_scratch.WorkEntries());
    }

    [Theory]
    [InlineData("", "uden at skrive en PDF")]
    [InlineData("echo '<html>not a pdf</html>' > \"$out\"", "ikke er en PDF")]
    public async Task Output_that_is_missing_or_not_a_pdf_is_a_failure(string write, string reason)
    {
        var chromium = _scratch.Script("chromium", ParseArguments + "\n" + write + "\nexit 0");

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => Printer(chromium).PrintAsync(Html, Ct));

        Assert.Equal(PdfPrintFailure.Failed, error.Failure);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task A_timeout_kills_the_process_tree_and_fails_soon_after_the_limit()
    {
        var chromium = _scratch.Script("chromium", HangingWithChild());
        var timeout = TimeSpan.FromSeconds(1);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => Printer(chromium, timeout).PrintAsync(Html, Ct));

        watch.Stop();
        Assert.Equal(PdfPrintFailure.Timeout, error.Failure);
        Assert.Contains("stoppet", error.Message, StringComparison.Ordinal);
        Assert.Contains("started helper", error.ErrorOutput, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, timeout - TimeSpan.FromMilliseconds(100), timeout + TimeSpan.FromSeconds(10));
        await AssertKilledAsync(ChildPid());
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task Cancelling_kills_the_process_tree_and_cleans_up()
    {
        var chromium = _scratch.Script("chromium", HangingWithChild());
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var printing = Printer(chromium).PrintAsync(Html, cancel.Token);
        Assert.True(await Processes.EventuallyAsync(() => File.Exists(_scratch.PathOf("child.pid")), TimeSpan.FromSeconds(20)));
        var child = ChildPid();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);
        await AssertKilledAsync(child);
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task A_cancelled_token_starts_nothing()
    {
        var chromium = _scratch.Script("chromium", $"touch {_scratch.PathOf("started")}");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Printer(chromium).PrintAsync(Html, new CancellationToken(canceled: true)));

        Assert.False(File.Exists(_scratch.PathOf("started")));
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task No_more_chromiums_run_at_once_than_allowed()
    {
        // mkdir is atomic: a second run that finds the lock taken means two ran at once.
        var chromium = _scratch.Script("chromium", ParseArguments + $"""

            mkdir {_scratch.PathOf("running")} || touch {_scratch.PathOf("overlap")}
            sleep 0.3
            rmdir {_scratch.PathOf("running")}
            echo x >> {_scratch.PathOf("runs")}
            printf '%%PDF-1.4\n' > "$out"
            """);
        var printer = Printer(chromium, maxConcurrent: 1);

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => printer.PrintAsync(Html, Ct), Ct)));

        Assert.All(pdfs, pdf => Assert.Equal("%PDF-1.4\n", Encoding.ASCII.GetString(pdf)));
        Assert.Equal(4, File.ReadAllLines(_scratch.PathOf("runs")).Length);
        Assert.False(File.Exists(_scratch.PathOf("overlap")), "two Chromium processes ran at once");
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task A_call_that_waits_longer_than_the_timeout_for_a_slot_is_told_the_printer_is_busy()
    {
        // One slot, each run 2.5 s, timeout 4 s: the first call runs 0–2.5 s, the second waits and
        // runs 2.5–5 s, so the third (still waiting at 4 s) gives up; margins of 1.5 s either way.
        var chromium = _scratch.Script("chromium", ParseArguments + "\nsleep 2.5\nprintf '%%PDF-1.4\\n' > \"$out\"");
        var printer = Printer(chromium, TimeSpan.FromSeconds(4), maxConcurrent: 1);

        var calls = Enumerable.Range(0, 3).Select(_ => Task.Run(() => printer.PrintAsync(Html, Ct), Ct)).ToList();
        await Task.WhenAll(calls.Select(c => c.ContinueWith(_ => { }, Ct, TaskContinuationOptions.None, TaskScheduler.Default)));

        Assert.Equal(2, calls.Count(c => c.IsCompletedSuccessfully));
        var busy = Assert.IsType<PdfPrintException>(Assert.Single(calls, c => c.IsFaulted).Exception!.InnerException);
        Assert.Equal(PdfPrintFailure.Busy, busy.Failure);
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChromiumPdfPrinter(new PdfPrinterOptions { MaxConcurrent = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChromiumPdfPrinter(new PdfPrinterOptions { Timeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new ChromiumPdfPrinter(new PdfPrinterOptions { ChromiumPath = " " }));
    }

    /// <summary>A "Chromium" that starts a helper, records its pid and waits forever.</summary>
    private string HangingWithChild() => $"""
        sleep 600 &
        echo $! > {_scratch.PathOf("child.pid")}.tmp
        mv {_scratch.PathOf("child.pid")}.tmp {_scratch.PathOf("child.pid")}
        echo "started helper" >&2
        wait
        """;

    private int ChildPid() => int.Parse(File.ReadAllText(_scratch.PathOf("child.pid")).Trim(), CultureInfo.InvariantCulture);

    private static async Task AssertKilledAsync(int pid) =>
        Assert.True(await Processes.EventuallyAsync(() => !Processes.IsAlive(pid), TimeSpan.FromSeconds(5)), $"helper {pid} still runs");
}
