namespace Retning.Documents.Pdf;

public sealed partial class ChromiumPdfPrinter
{
    /// <summary>The last lines Chromium wrote, without its known harmless noise.</summary>
    private sealed class OutputTail(int capacity)
    {
        private readonly Queue<string> _lines = new();
        private readonly Lock _gate = new();

        public async Task DrainAsync(StreamReader reader)
        {
            try
            {
                while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
                {
                    if (IsNoise(line))
                    {
                        continue;
                    }

                    lock (_gate)
                    {
                        _lines.Enqueue(line.Length > 500 ? line[..500] + "…" : line);
                        while (_lines.Count > capacity)
                        {
                            _lines.Dequeue();
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The pipe closed under us after a kill.
            }
        }

        public string Text()
        {
            lock (_gate)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }

        // No system bus in a container; the Debian wrapper's test of the memory size; the success line.
        private static bool IsNoise(string line) =>
            string.IsNullOrWhiteSpace(line)
            || line.Contains(":ERROR:dbus/", StringComparison.Ordinal)
            || line.Contains("unexpected operator", StringComparison.Ordinal)
            || line.Contains("bytes written to file", StringComparison.Ordinal);
    }
}
