namespace Retning.Web.Commands;

/// <summary>
/// An operator's command run from the command line instead of the web server, e.g.
/// <c>dotnet run --project src/Retning.Web -- verify-audit</c>. It gets the app's configured
/// services (database, clock, options), so it works on the same data the server would.
/// </summary>
public interface IRetningCommand
{
    /// <summary>The first command-line argument that selects the command, e.g. "backup".</summary>
    string Name { get; }

    /// <summary>One line for the help text: arguments and what it does.</summary>
    string Usage { get; }

    /// <summary>Runs the command; the result is the process exit code (0 = success).</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct);
}
