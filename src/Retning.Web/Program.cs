using Retning.Web;
using Retning.Web.Commands;

// Operator commands (backup, verify-audit, …) run instead of the server: see RetningCommands.
if (RetningCommands.IsCommand(args))
{
    Environment.ExitCode = await RetningCommands.RunAsync(args);
    return;
}

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddRetning();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseRetning();
    await app.RunAsync();
}
catch (Retning.Data.Operations.StartupProblemException problem)
{
    // Something the operator must fix (a data folder that cannot be written): one paragraph, no stack trace.
    await Console.Error.WriteLineAsync(problem.Message);
    Environment.ExitCode = StartupTasks.ProblemExitCode;
}

/// <summary>Entry point; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
