using Retning.Data.Demo;
using Retning.Domain.Diary;
using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.Data.Synthetic;

/// <summary>
/// The diaries: scored notes on every sub-goal on its active days (daily, weekly or monthly, each at the
/// sub-goal's response rate; none while it is passive, none in a holiday gap), the score following the
/// sub-goal's <see cref="ScoreTrend"/>, about one in twenty "ikke vurderet" with no score; and a resident
/// note about once a week. Written as the diary page writes them: the note with its first version
/// (docs/adr/0006-diary-notes-and-versions.md).
/// </summary>
internal static class SyntheticNotes
{
    public static void Create(CitizenContext c, IReadOnlyList<SyntheticSubGoal> subGoals)
    {
        var firstNote = c.Rows.Rows<DiaryEntry>().Count;
        foreach (var subGoal in subGoals)
        {
            WriteSubGoalNotes(c, subGoal);
        }

        WriteScoreMonths(c, c.Rows.Rows<DiaryEntry>().Skip(firstNote));
        WriteResidentNotes(c);
    }

    /// <summary>The monthly score facts of the sub-goal notes written, as a save of them would keep them (docs/adr/0014).</summary>
    private static void WriteScoreMonths(CitizenContext c, IEnumerable<DiaryEntry> notes)
    {
        var months = notes.Where(n => n is { Kind: DiaryKind.SubGoal, SubGoalId: not null, IsMarkedWrongCitizen: false })
            .GroupBy(n => (SubGoalId: n.SubGoalId!.Value, Month: SubGoalScoreMonth.MonthOf(n.ObservedOn)));
        foreach (var month in months)
        {
            c.Rows.Add(SubGoalScoreMonth.Of(month.Key.SubGoalId, c.Citizen.Id, month.Key.Month,
                month.Select(n => new MonthNote(n.ObservedOn, n.ObservedAtUtc, n.CreatedUtc, n.ScoreValue, n.ScaleVersionId)))!);
        }
    }

    private static void WriteSubGoalNotes(CitizenContext c, SyntheticSubGoal s)
    {
        var start = s.SubGoal.StartOn;
        var last = CitizenContext.Min(s.LastDay, c.DataEnd);
        var span = Math.Max(1, last.DayNumber - start.DayNumber);
        (DateOnly From, DateOnly To)? gap = span > 60 && c.Rng.Chance(0.15) ? GapAt(c, start.AddDays(c.Rng.Next(20, span - 20))) : null;
        var weekday = c.Rng.Next(0, 7);
        for (var day = start; day <= last; day = day.AddDays(1))
        {
            var due = s.SubGoal.ScoringFrequency switch
            {
                ScoringFrequency.Weekly => ((int)day.DayOfWeek + 6) % 7 == weekday,
                ScoringFrequency.Monthly => day.Day == 1 + (weekday * 4),
                _ => true,
            };
            if (!due || Within(day, s.Pause) || Within(day, gap) || !c.Rng.Chance(s.Trend.ResponseRate))
            {
                continue;
            }

            WriteSubGoalNote(c, s, day, (double)(day.DayNumber - start.DayNumber) / span);
        }
    }

    private static (DateOnly, DateOnly) GapAt(CitizenContext c, DateOnly from) => (from, from.AddDays(c.Rng.Next(7, 21)));

    private static bool Within(DateOnly day, (DateOnly From, DateOnly To)? period) => period is { } p && day >= p.From && day <= p.To;

    private static void WriteSubGoalNote(CitizenContext c, SyntheticSubGoal s, DateOnly day, double share)
    {
        var scored = s.SubGoal.IndicatorScaleId is not null && !c.Rng.Chance(0.05);
        int? score = scored ? s.Trend.ScoreOn(share, c.Rng.Noise() * 1.1) : null;
        var notScored = c.Rng.Pick(DemoPhrases.NotScored);
        var content = new NoteContent
        {
            ObservedAtUtc = CitizenContext.ToUtc(day, c.Rng.Next(s.Template.FromHour, s.Template.ToHour), c.Rng.Next(60)),
            ObservedOn = day,
            SubGoalId = s.SubGoal.Id,
            ThemeKeys = DiaryContent.JoinThemes([s.SubGoal.ThemeKey]),
            Text = c.Fill(score is null ? notScored.Text : c.Rng.Pick(s.Template.Did)),
            Effect = c.Fill(score switch
            {
                null => notScored.Effect,
                >= 3 => c.Rng.Pick(DemoPhrases.EffectHighSupport),
                2 => c.Rng.Pick(DemoPhrases.EffectModerateSupport),
                _ => c.Rng.Pick(DemoPhrases.EffectLowSupport),
            }),
            CitizenExperience = c.Rng.Chance(0.5) ? c.Fill(c.Rng.Pick(DemoPhrases.Experiences)) : null,
            ScoreValue = score,
            ScaleVersionId = score is null ? null : c.Offer.ScaleVersionId,
        };
        Add(c, DiaryKind.SubGoal, content, c.Author());
    }

    /// <summary>About one resident note a week, on the plan's themes where the template has them; some internal.</summary>
    private static void WriteResidentNotes(CitizenContext c)
    {
        var notes = DemoPhrases.ResidentNotes.Where(n => c.IsIcs ? n.Children : n.Adults).ToList();
        var themes = c.Template.Themes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        for (var day = c.DataStart.AddDays(c.Rng.Next(1, 8)); day <= c.DataEnd; day = day.AddDays(c.Rng.Next(3, 12)))
        {
            var isInternal = c.Rng.Chance(0.1);
            var note = c.Rng.Pick(notes);
            var theme = c.IsIcs ? note.IcsTheme : note.VumTheme;
            var content = new NoteContent
            {
                ObservedAtUtc = CitizenContext.ToUtc(day, c.Rng.Next(8, 22), c.Rng.Next(60)),
                ObservedOn = day,
                ContextId = c.Category(DiaryCategoryKind.Context, isInternal ? "Hverdag" : note.Context),
                NoteTypeId = c.Category(DiaryCategoryKind.NoteType, isInternal ? "Observation" : note.Type),
                ThemeKeys = !isInternal && theme is not null && themes.Contains(theme) ? DiaryContent.JoinThemes([theme]) : null,
                Text = c.Fill(isInternal ? c.Rng.Pick(DemoPhrases.InternalNotes) : note.Text),
                IsInternal = isInternal,
            };
            Add(c, DiaryKind.Resident, content, c.Author());
        }
    }

    /// <summary>The note and its first version, written a few minutes to two hours after the observation; ids from the seed.</summary>
    private static void Add(CitizenContext c, DiaryKind kind, NoteContent content, SyntheticAuthor author)
    {
        var written = content.ObservedAtUtc.AddMinutes(c.Rng.Next(5, 120));
        var entry = DiaryRules.Write(c.Citizen.Id, kind, content, author.Id, author.FullName, written);
        entry.Id = c.Rng.NextGuid();
        var version = entry.Versions[0];
        version.Id = c.Rng.NextGuid();
        version.EntryId = entry.Id;
        entry.SearchText = DiaryContent.SearchTextOf(entry);
        (entry.CreatedUtc, entry.UpdatedUtc) = (written, written);
        c.Rows.Add(entry);
        c.Rows.Add(version);
    }
}
