using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Retning.IntegrationTests.Support;

/// <summary>
/// The built app (src/Retning.Web/bin/…/Retning.Web.dll) as a real separate process on a free
/// 127.0.0.1 port, for tests that kill it (-9), restart it, or read its console and exit code.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the app on the settings (environment variables, e.g. Data__Folder) without waiting for it.</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var web = Path.Combine(RepositoryRoot(), "src", "Retning.Web");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WebDll(web));
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Reminders__Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until /health answers 200 (start-up migrates and seeds first).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} before it was healthy:{Environment.NewLine}{Output}");
            }

            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app was not healthy within {timeout}:{Environment.NewLine}{Output}");
    }

    /// <summary>kill -9: no shutdown, no flush, as a power cut or the OOM killer would end it.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The repository root: the folder above the test's bin folder that holds src/Retning.Web.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Retning.Web")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No src/Retning.Web above " + AppContext.BaseDirectory);
    }

    /// <summary>The app built in the same configuration as this test (the test project's build builds it).</summary>
    private static string WebDll(string web)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "Retning.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the app first: {dll} is missing.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
