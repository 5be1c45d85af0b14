using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Retning.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF with a headless Chromium (Debian: <c>apt-get install chromium</c>), one
/// short-lived Chromium per call.
/// <para>
/// Each call gets a private directory (mode 0700) holding the HTML, the PDF, the Chromium
/// profile and Chromium's HOME (so crash dumps and settings land there too, not in the service
/// account's home); the directory is deleted when the call ends, however it ends. Chromium runs
/// with networking features off and every host name resolving to nothing, so the document must
/// be self-contained; put <see cref="LockdownMeta"/> in its &lt;head&gt; to also block script and
/// any non-inline resource. On timeout or cancellation the whole process tree is killed. At
/// most <see cref="PdfPrinterOptions.MaxConcurrent"/> Chromiums run at once.
/// </para>
/// <para>
/// Register once (singleton): the concurrency limit lives in the instance. Nothing here logs,
/// and no exception carries the HTML (it holds citizen data).
/// </para>
/// </summary>
public sealed partial class ChromiumPdfPrinter : IPdfPrinter, IDisposable
{
    /// <summary>Danish text for the UI when Chromium is missing.</summary>
    public const string UnavailableText =
        "PDF kan ikke laves, fordi programmet Chromium ikke er installeret på serveren. " +
        "En administrator kan installere det med kommandoen: sudo apt-get install chromium " +
        "(på Debian/Ubuntu). Word-filen og udskriftsvisningen virker stadig.";

    /// <summary>
    /// A Content-Security-Policy for the printed document's &lt;head&gt;: no script, nothing
    /// fetched; inline &lt;style&gt;, inline SVG and data: images and fonts still work. (Chromium's
    /// <c>--blink-settings=scriptEnabled=false</c> cannot be used instead: with it, 156 exits
    /// without writing the PDF.)
    /// </summary>
    public const string LockdownMeta =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\">";

    private const int TailLines = 30;
    private static readonly TimeSpan AfterExitGrace = TimeSpan.FromSeconds(5);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly PdfPrinterOptions _options;
    private readonly SemaphoreSlim _slots;

    public ChromiumPdfPrinter(PdfPrinterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ChromiumPath);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrent, 1);
        _options = options;
        _slots = new SemaphoreSlim(options.MaxConcurrent, options.MaxConcurrent);
    }

    public PdfPrinterOptions Options => _options;

    public bool IsAvailable => ResolveExecutable(_options.ChromiumPath) is not null;

    public string UnavailableMessage => UnavailableText;

    public void Dispose() => _slots.Dispose();

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();

        var executable = ResolveExecutable(_options.ChromiumPath)
            ?? throw new PdfPrintException(
                PdfPrintFailure.Unavailable,
                $"Chromium findes ikke eller kan ikke køres: {_options.ChromiumPath}. {UnavailableText}");

        using (var queueTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            queueTimeout.CancelAfter(_options.Timeout);
            try
            {
                await _slots.WaitAsync(queueTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PdfPrintException(
                    PdfPrintFailure.Busy,
                    $"Ingen ledig PDF-plads inden for {Seconds(_options.Timeout)} s ({_options.MaxConcurrent} udskrifter i gang).");
            }
        }

        try
        {
            return await PrintInPrivateDirectoryAsync(executable, html, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The arguments of one run (exposed for tests and diagnostics).</summary>
    public static IReadOnlyList<string> Arguments(string workDirectory)
    {
        ArgumentNullException.ThrowIfNull(workDirectory);
        return
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--no-first-run",
            "--no-default-browser-check",
            "--mute-audio",
            // The document is self-contained: any host name resolves to nothing, so a stray
            // external reference fails at once instead of waiting for the network.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--run-all-compositor-stages-before-draw",
            "--user-data-dir=" + Path.Combine(workDirectory, "profile"),
            "--no-pdf-header-footer",
            "--print-to-pdf=" + Path.Combine(workDirectory, "out.pdf"),
            new Uri(Path.Combine(workDirectory, "in.html")).AbsoluteUri,
        ];
    }

    private async Task<byte[]> PrintInPrivateDirectoryAsync(string executable, string html, CancellationToken cancellationToken)
    {
        var workDirectory = CreatePrivateDirectory(_options.TempDirectory ?? Path.GetTempPath());
        try
        {
            // The BOM makes Chromium read UTF-8 even when the document lacks <meta charset>.
            await File.WriteAllTextAsync(Path.Combine(workDirectory, "in.html"), html, Utf8WithBom, cancellationToken)
                .ConfigureAwait(false);
            var home = Directory.CreateDirectory(Path.Combine(workDirectory, "home")).FullName;

            var startInfo = new ProcessStartInfo(executable)
            {
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = workDirectory,
            };
            foreach (var argument in Arguments(workDirectory))
            {
                startInfo.ArgumentList.Add(argument);
            }

            startInfo.Environment["HOME"] = home;
            startInfo.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
            startInfo.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");

            var output = await RunAsync(startInfo, cancellationToken).ConfigureAwait(false);
            return await ReadPdfAsync(Path.Combine(workDirectory, "out.pdf"), output, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DeleteDirectoryAsync(workDirectory).ConfigureAwait(false);
        }
    }

    /// <summary>Runs Chromium to its end and returns the tail of what it wrote.</summary>
    private async Task<string> RunAsync(ProcessStartInfo startInfo, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new PdfPrintException(
                PdfPrintFailure.Failed, $"Chromium kunne ikke startes ({startInfo.FileName}): {e.Message}", null, e);
        }

        var tail = new OutputTail(TailLines);
        var readers = Task.WhenAll(tail.DrainAsync(process.StandardOutput), tail.DrainAsync(process.StandardError));
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Chromium already gone; the exit code tells.
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await WaitQuietlyAsync(Task.WhenAll(process.WaitForExitAsync(CancellationToken.None), readers)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfPrintException(
                PdfPrintFailure.Timeout,
                $"Chromium blev ikke færdig inden for {Seconds(_options.Timeout)} s og blev stoppet.",
                tail.Text());
        }

        // Chromium's helpers may hold the pipes a moment longer; do not wait for them forever.
        await WaitQuietlyAsync(readers).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new PdfPrintException(
                PdfPrintFailure.Failed,
                $"Chromium stoppede med kode {process.ExitCode.ToString(CultureInfo.InvariantCulture)} uden at lave en PDF.",
                tail.Text());
        }

        return tail.Text();
    }

    private static async Task<byte[]> ReadPdfAsync(string path, string tail, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new PdfPrintException(PdfPrintFailure.Failed, "Chromium afsluttede uden at skrive en PDF.", tail);
        }

        var pdf = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (pdf.Length < 5 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            throw new PdfPrintException(
                PdfPrintFailure.Failed,
                $"Chromium skrev en fil på {pdf.Length.ToString(CultureInfo.InvariantCulture)} byte, som ikke er en PDF.",
                tail);
        }

        return pdf;
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
        catch (Win32Exception)
        {
            // Exited meanwhile, or a helper could not be signalled; the browser itself is gone.
        }
    }

    private static async Task WaitQuietlyAsync(Task task)
    {
        try
        {
            await task.WaitAsync(AfterExitGrace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A helper process keeps a pipe open; the result does not depend on it.
        }
    }
}
