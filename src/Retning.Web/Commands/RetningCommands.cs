namespace Retning.Web.Commands;

/// <summary>
/// Dispatches <c>retning &lt;command&gt; [arguments]</c>: when the first argument names a
/// command, the app is built (configuration, services) but the web server is not started.
/// Configuration switches (--Key=value) after the command still apply, as for the server.
/// </summary>
public static class RetningCommands
{
    /// <summary>Every command; add a new one here.</summary>
    private static readonly IRetningCommand[] All =
    [
        new HelpCommand(),
        new RetentionCommand(),
        new VerifyAuditCommand(), new AuditHeadCommand(),
        new BackupCommand(),
        new RestoreCommand(),
    ];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && All.Any(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));

    public static async Task<int> RunAsync(string[] args)
    {
        var command = All.Single(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        var arguments = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var switches = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();

        var builder = WebApplication.CreateBuilder(switches);
        builder.AddRetning();
        await using var app = builder.Build();
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        return await command.RunAsync(app.Services, arguments, Console.Out, cts.Token);
    }

    /// <summary>Lists the commands.</summary>
    private sealed class HelpCommand : IRetningCommand
    {
        public string Name => "help";
        public string Usage => "help — lists the commands";

        public Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
        {
            output.WriteLine("Retning commands (dotnet run --project src/Retning.Web -- <command> [arguments] [--Key=value]):");
            foreach (var command in All)
            {
                output.WriteLine("  " + command.Usage);
            }

            return Task.FromResult(0);
        }
    }
}
