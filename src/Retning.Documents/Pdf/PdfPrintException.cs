namespace Retning.Documents.Pdf;

/// <summary>Why a PDF could not be made.</summary>
public enum PdfPrintFailure
{
    /// <summary>Chromium is not installed (or not executable) at the configured path.</summary>
    Unavailable,

    /// <summary>Chromium did not finish within the timeout; its processes were killed.</summary>
    Timeout,

    /// <summary>All slots stayed busy with other prints for the whole timeout.</summary>
    Busy,

    /// <summary>Chromium failed: a non-zero exit code, no output file, or output that is not a PDF.</summary>
    Failed,
}

/// <summary>
/// A print that failed. <see cref="Exception.Message"/> is meant for the log (it may name paths
/// and holds Chromium's error output, never the HTML); show users a text chosen by
/// <see cref="Failure"/>, e.g. <see cref="IPdfPrinter.UnavailableMessage"/>.
/// </summary>
public sealed class PdfPrintException : Exception
{
    public PdfPrintException()
        : this(PdfPrintFailure.Failed, "PDF-udskrivningen mislykkedes.")
    {
    }

    public PdfPrintException(string message)
        : this(PdfPrintFailure.Failed, message)
    {
    }

    public PdfPrintException(string message, Exception innerException)
        : this(PdfPrintFailure.Failed, message, null, innerException)
    {
    }

    public PdfPrintException(PdfPrintFailure failure, string message, string? errorOutput = null, Exception? innerException = null)
        : base(Compose(message, errorOutput), innerException)
    {
        Failure = failure;
        ErrorOutput = string.IsNullOrWhiteSpace(errorOutput) ? null : errorOutput;
    }

    public PdfPrintFailure Failure { get; }

    /// <summary>The last lines Chromium wrote to stderr/stdout (known noise removed), if any.</summary>
    public string? ErrorOutput { get; }

    private static string Compose(string message, string? errorOutput) =>
        string.IsNullOrWhiteSpace(errorOutput)
            ? message
            : message + Environment.NewLine + "Chromium skrev:" + Environment.NewLine + errorOutput;
}
