using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Diary;
using Retning.Testing;

/// <summary>
/// The diary's hot paths: writing one scored note (the form post, server side: validation, note + version + audit
/// row in one transaction) and the timeline and sub-goal page of a citizen with 5,000 notes.
/// </summary>
internal static class DiaryBench
{
    public static async Task RunAsync(RetningApp app, BrowserlessClient client, Guid citizenId, int notes, int requests)
    {
        Guid subGoalId;
        await using (var db = app.CreateSystemDbContext())
        {
            var subGoal = await db.Goals.Where(g => g.ParentGoalId != null && db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizenId)).FirstAsync();
            subGoalId = subGoal.Id;
            var version = await db.IndicatorScaleVersions.Where(v => v.ScaleId == subGoal.IndicatorScaleId).Select(v => v.Id).FirstAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            // A department's worth of authors (a dozen), as in real life: the author filter lists them.
            var authors = Enumerable.Range(1, 12).Select(_ => Guid.NewGuid()).ToArray();
            for (var i = 1; i <= notes; i++)
            {
                var at = now.AddHours(-2 * (notes - i));
                var content = new NoteContent
                {
                    ObservedAtUtc = at, ObservedOn = DateOnly.FromDateTime(at), SubGoalId = subGoal.Id, ScoreValue = i % 5, ScaleVersionId = version,
                    Text = $"Notat nr. {i}: vi øvede morgenrutinen", Effect = "Roligere morgen", ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]),
                };
                db.DiaryEntries.Add(DiaryRules.Write(citizenId, DiaryKind.SubGoal, content, authors[i % authors.Length], $"Forfatter {i % authors.Length}", now));
            }

            await db.SaveChangesAsync();
        }

        var urls = new[]
        {
            $"/borgere/{citizenId}/dagbog", $"/borgere/{citizenId}/dagbog?q=nr.%204321",
            $"/borgere/{citizenId}/dagbog?delmaal={subGoalId}&fra={app.Today.AddDays(-30):yyyy-MM-dd}", $"/borgere/{citizenId}/delmaal/{subGoalId}",
        };
        foreach (var url in urls)
        {
            await TimeAsync(app, url.Replace(citizenId.ToString(), "{id}", StringComparison.Ordinal).Replace(subGoalId.ToString(), "{sub}", StringComparison.Ordinal),
                requests, () => client.Http.GetAsync(new Uri(url, UriKind.Relative)), System.Net.HttpStatusCode.OK);
        }

        // Writing: the form is fetched once (its antiforgery token serves the session); each post carries its own
        // idempotency key, so each saves one note (the same key again would only replay the first answer).
        var form = await client.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?delmaal={subGoalId}");
        var fields = form.FormFields("form.app-diary-form")
            .Where(f => f.Key is not ("Input.Score" or "Input.Text" or Retning.Web.Infrastructure.Idempotency.IdempotentAttribute.FieldName)).ToList();
        fields.AddRange([new("Input.Score", "2"), new("Input.Text", "Vi øvede sammen; hun klarede det meste selv.")]);
        var action = form.Form("form.app-diary-form").GetAttribute("action")!;
        await TimeAsync(app, "POST /borgere/{id}/dagbog/ny", requests,
            () => client.PostRawAsync(action, [.. fields, new(Retning.Web.Infrastructure.Idempotency.IdempotentAttribute.FieldName, Guid.NewGuid().ToString())]),
            System.Net.HttpStatusCode.Redirect);
    }

    private static async Task TimeAsync(RetningApp app, string label, int requests, Func<Task<HttpResponseMessage>> send, System.Net.HttpStatusCode expected)
    {
        (await send()).Dispose(); // warm up
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await send();
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{label} answered {(int)response.StatusCode}.");
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{app.Database.Provider,-8} {label,-44} n={requests} median={times[times.Count / 2]:F1} ms p95={times[(int)(times.Count * 0.95)]:F1} ms"));
    }
}
