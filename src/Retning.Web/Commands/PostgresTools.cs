using System.Diagnostics;
using Npgsql;

namespace Retning.Web.Commands;

/// <summary>
/// pg_dump and pg_restore for the backup commands, with the connection passed through the
/// PG* environment variables (never on the command line, where ps would show the password).
/// </summary>
public static class PostgresTools
{
    /// <summary>pg_dump in custom format to the target, then pg_restore --list to prove the file readable.</summary>
    public static async Task<string?> DumpAsync(string connectionString, string target, IDictionary<string, string> manifest, TextWriter output, CancellationToken ct)
    {
        var (dumpExit, dumpText) = await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file=" + target], connectionString, ct);
        if (dumpExit != 0)
        {
            return "pg_dump: " + dumpText;
        }

        var (listExit, listText) = await RunAsync("pg_restore", ["--list", target], connectionString, ct);
        var entries = listText.Split('\n').Count(l => l.Length > 0 && !l.StartsWith(';'));
        await output.WriteLineAsync($"  pg_restore --list: {(listExit == 0 ? $"{entries} entries" : listText)}");
        manifest["pg_restore_list_entries"] = entries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return listExit == 0 ? null : "pg_restore --list: " + listText;
    }

    /// <summary>pg_restore into the configured (empty) database, stopping at the first error.</summary>
    public static async Task<string?> RestoreAsync(string connectionString, string source, CancellationToken ct)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var (exit, text) = await RunAsync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname=" + database, source], connectionString, ct);
        return exit == 0 ? null : "pg_restore: " + text;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string tool, IReadOnlyList<string> arguments, string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(ToolPath(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PGHOST"] = connection.Host;
        info.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGDATABASE"] = connection.Database;
        info.Environment["PGUSER"] = connection.Username;
        info.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    /// <summary>The tool on PATH, else Debian's newest /usr/lib/postgresql/N/bin (not on PATH there).</summary>
    private static string ToolPath(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian).Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists).OrderDescending().FirstOrDefault() ?? tool
            : tool;
    }
}
