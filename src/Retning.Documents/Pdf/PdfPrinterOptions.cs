namespace Retning.Documents.Pdf;

/// <summary>
/// Settings of <see cref="ChromiumPdfPrinter"/>. Bindable from configuration (e.g. a "Pdf" section:
/// <c>{ "ChromiumPath": "/usr/bin/chromium", "Timeout": "00:01:00", "MaxConcurrent": 2 }</c>).
/// </summary>
public sealed record PdfPrinterOptions
{
    /// <summary>The Chromium executable: an absolute path, or a bare name looked up on PATH.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>
    /// How long one Chromium run may take before its process tree is killed. Waiting for a free
    /// slot (see <see cref="MaxConcurrent"/>) is bounded by the same time again.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many Chromium processes may run at once (each is several processes and ~150 MB).</summary>
    public int MaxConcurrent { get; init; } = 2;

    /// <summary>
    /// Where the per-call private directories (mode 0700) are made; <c>null</c> = the system temp
    /// directory. Each directory holds the HTML (citizen data) only while its call runs.
    /// </summary>
    public string? TempDirectory { get; init; }
}
