using System.Diagnostics;
using System.Text.RegularExpressions;
using Retning.BrowserTests.Infrastructure;
using Retning.Domain.ApiClients;
using Retning.Testing;

namespace Retning.BrowserTests;

/// <summary>
/// docs/api.md's examples work: every ```bash block runs, in order, in one bash with the real /usr/bin/curl and jq
/// against the fixture's Kestrel socket, and every curl in a block answers the block's "# → NNN" status. The
/// variables the page says are the reader's (RETNING, CLIENT_ID, CLIENT_SECRET, CITIZEN, SUBGOAL) are a client and a
/// citizen with a plan made here, as the administrator's page and the plan pages would make them.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed partial class ApiDocExamplesTests(BrowserFixture fixture)
{
    private const string StatusMark = "HTTP-STATUS ";
    private const string BlockMark = "DOC-BLOCK ";

    [Fact]
    public async Task Every_curl_example_in_docs_api_md_answers_the_status_it_states()
    {
        var blocks = DocBlocks();
        Assert.True(blocks.Count >= 10, $"docs/api.md has only {blocks.Count} bash blocks; did the fence or the '# → NNN' convention change?");
        foreach (var tool in new[] { "/usr/bin/curl", "/bin/bash" })
        {
            Assert.True(File.Exists(tool), $"{tool} is needed to run docs/api.md's examples (apt-get install -y curl jq).");
        }

        // The fixture's clock stands where it started; a note written "now" must not look like the future to it.
        var now = DateTimeOffset.UtcNow;
        if (fixture.App.Clock.GetUtcNow() < now)
        {
            fixture.App.Clock.SetUtcNow(now);
        }

        var (citizen, subGoal, client, secret) = await ArrangeAsync();
        var script = Script(blocks);
        var (exit, stdout, stderr) = await RunBashAsync(script, new Dictionary<string, string>
        {
            ["RETNING"] = fixture.BaseAddress.ToString().TrimEnd('/'),
            ["CLIENT_ID"] = client,
            ["CLIENT_SECRET"] = secret,
            ["CITIZEN"] = citizen.ToString(),
            ["SUBGOAL"] = subGoal.ToString(),
        });

        var statuses = StatusesPerBlock(stderr, blocks.Count);
        var output = $"{Environment.NewLine}stdout:{Environment.NewLine}{stdout}{Environment.NewLine}stderr:{Environment.NewLine}{stderr}";
        for (var i = 0; i < blocks.Count; i++)
        {
            var (code, expected) = blocks[i];
            Assert.True(statuses[i].Count > 0, $"Block {i + 1} of docs/api.md made no curl call (did an earlier command fail?):{Environment.NewLine}{code}{output}");
            Assert.True(statuses[i].TrueForAll(s => s == expected),
                $"Block {i + 1} of docs/api.md states {expected} but curl answered {string.Join(", ", statuses[i])}:{Environment.NewLine}{code}{output}");
        }

        Assert.True(exit == 0, $"The examples' bash ended with exit code {exit}:{output}");
    }

    private static List<(string Code, int Expected)> DocBlocks()
    {
        var text = File.ReadAllText(Path.Combine(Artifacts.RepoRoot, "docs", "api.md"));
        var blocks = new List<(string, int)>();
        foreach (Match block in BashBlock().Matches(text))
        {
            var code = block.Groups["code"].Value;
            var expected = ExpectedStatus().Matches(code).Select(m => int.Parse(m.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(expected.Count == 1, $"Every bash block of docs/api.md states one status as '# → NNN'; this one states {expected.Count}:{Environment.NewLine}{code}");
            blocks.Add((code, expected[0]));
        }

        return blocks;
    }

    /// <summary>
    /// One script: strict bash, curl wrapped so each call reports its status on stderr (stdout, which the examples
    /// pipe into jq, is untouched), and a mark before each block so the statuses can be told apart.
    /// </summary>
    private static string Script(List<(string Code, int Expected)> blocks)
    {
        var script = new System.Text.StringBuilder();
        script.AppendLine("set -euo pipefail");
        script.AppendLine("curl() { command /usr/bin/curl --write-out '%{stderr}" + StatusMark + "%{http_code}\\n' \"$@\"; }");
        for (var i = 0; i < blocks.Count; i++)
        {
            script.AppendLine("echo '" + BlockMark + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "' >&2");
            script.AppendLine(blocks[i].Code);
        }

        return script.ToString();
    }

    private static List<List<int>> StatusesPerBlock(string stderr, int count)
    {
        var statuses = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        var block = -1;
        foreach (var line in stderr.Split('\n'))
        {
            if (line.StartsWith(BlockMark, StringComparison.Ordinal))
            {
                block = int.Parse(line[BlockMark.Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith(StatusMark, StringComparison.Ordinal) && block >= 0)
            {
                statuses[block].Add(int.Parse(line[StatusMark.Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return statuses;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunBashAsync(string script, Dictionary<string, string> variables)
    {
        var folder = Directory.CreateTempSubdirectory("retning-api-doc-");
        try
        {
            var start = new ProcessStartInfo("/bin/bash")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder.FullName,
            };
            foreach (var (name, value) in variables)
            {
                start.Environment[name] = value;
            }

            using var bash = Process.Start(start)!;
            var stdout = bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = bash.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await bash.StandardInput.WriteAsync(script);
            bash.StandardInput.Close();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            try
            {
                await bash.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                bash.Kill(entireProcessTree: true);
                throw;
            }

            return (bash.ExitCode, await stdout, await stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A fresh child of Mågen with a plan and an active sub-goal, and a reading and writing client of Mågen.</summary>
    private async Task<(Guid Citizen, Guid SubGoal, string ClientId, string Secret)> ArrangeAsync()
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await TestCitizens.NewChildAsync(db, DemoUsers.Maagen);
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync(TestContext.Current.CancellationToken);
        var plan = await TestPlans.DailySubGoalAsync(db, citizen, "At borgeren smører sin madpakke", "At borgeren finder pålægget frem", startedDaysAgo: 14);

        var secret = ApiClientSecrets.NewSecret();
        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        var client = new ApiClient
        {
            ClientId = ApiClientSecrets.NewClientId(),
            Name = "Dokumentationens eksempler",
            SecretHash = ApiClientSecrets.Hash(secret),
            Rights = ApiRights.Read | ApiRights.Write,
            ExpiresOn = fixture.App.Today.AddMonths(1),
            CreatedUtc = now,
            CreatedBy = "test",
            ChangedUtc = now,
            ChangedBy = "test",
            Departments = [new ApiClientDepartment { DepartmentId = citizen.DepartmentId }],
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (citizen.Id, plan.SubGoalId, client.ClientId, secret);
    }

    [GeneratedRegex(@"^```bash\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"^# → (?<status>\d{3})\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectedStatus();
}
