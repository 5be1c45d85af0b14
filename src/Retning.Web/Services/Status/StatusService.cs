using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Status;
using Retning.Web.Services.Diary;

namespace Retning.Web.Services.Status;

/// <summary>
/// Makes a new status from the plan (sections prefilled, the period's goals chosen) and builds
/// its <see cref="StatusContent"/>: only the chosen sections and goals, and only evaluations and
/// scores inside the period, go into it (data minimisation).
/// </summary>
public sealed class StatusService(AppDbContext db, DiaryFigures figures)
{
    /// <summary>A new draft with every section prefilled from the plan and the goals worked on in the period chosen.</summary>
    public async Task<StatusReport> CreateAsync(Citizen citizen, DateOnly from, DateOnly to, DateOnly statusDate, Guid? meetingId, string createdBy, CancellationToken ct)
    {
        var report = new StatusReport
        {
            CitizenId = citizen.Id, PeriodFrom = from, PeriodTo = to, StatusDate = statusDate, MeetingId = meetingId,
            Layout = StatusLayoutRules.For(citizen.BirthDate, statusDate), CreatedBy = createdBy,
        };
        var plan = await db.Plans.AsNoTracking().Include(p => p.TemplateVersion).Include(p => p.Assessments).Include(p => p.Methods)
            .FirstOrDefaultAsync(p => p.CitizenId == citizen.Id, ct);
        var goals = plan is null ? [] : await db.Goals.AsNoTracking().Include(g => g.Interventions).Where(g => g.PlanId == plan.Id).ToListAsync(ct);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.CitizenId == citizen.Id && e.EvaluatedOn >= from && e.EvaluatedOn <= to).ToListAsync(ct);
        var chosen = goals.Where(g => g.StartOn <= to && (g.IsOpen || evaluations.Any(e => e.GoalId == g.Id))).ToList();
        report.Goals = [.. chosen.Select(g => new StatusGoal { StatusReportId = report.Id, GoalId = g.Id })];

        var results = new List<string>();
        foreach (var e in evaluations.OrderBy(e => e.EvaluatedOn))
        {
            if (goals.FirstOrDefault(g => g.Id == e.GoalId) is { } goal && StatusPrefill.ResultLine(e.EvaluatedOn, goal.Text, e.Qualitative) is { } line)
            {
                results.Add(line);
            }
        }

        foreach (var subGoal in chosen.Where(g => g.IsSubGoal && g.IndicatorScaleId is not null))
        {
            var f = await figures.ForSubGoalAsync(citizen, subGoal, from, to, ct);
            if (f.Scores.Count > 0)
            {
                results.Add($"- {subGoal.Text}: {f.TrendText}.");
            }
        }

        var open = chosen.Where(g => g.IsOpen).ToList();
        report.Sections =
        [
            Section(report, StatusSectionKey.Resources, Assessments(plan), null),
            // The goals render themselves from the choice; the staff's considerations ahead are their own words.
            Section(report, StatusSectionKey.Goals, null, null),
            Section(report, StatusSectionKey.Interventions, Lines(chosen.SelectMany(g => g.Interventions).Select(Intervention).Distinct()), Lines(open.SelectMany(g => g.Interventions).Select(Intervention).Distinct())),
            Section(report, StatusSectionKey.Results, Lines(results), null),
            Section(report, StatusSectionKey.Approaches, Approaches(plan), null),
            Section(report, StatusSectionKey.TargetGroup, Lines(new[] { ("Målgruppe", citizen.TargetGroup), ("Kategori", citizen.Category), ("Støttebehov", citizen.SupportLevel) }
                .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => StatusPrefill.LabelledLine(x.Item1, x.Item2!))), null),
        ];
        return report;
    }

    /// <summary>The content of a draft as it stands (for approval, pass who approved and when).</summary>
    public async Task<StatusContent> BuildAsync(Citizen citizen, StatusReport report, string? approvedBy, DateOnly? approvedOn, CancellationToken ct)
    {
        var chosenIds = report.Goals.Select(g => g.GoalId).ToHashSet();
        var plan = await db.Plans.AsNoTracking().Include(p => p.TemplateVersion).FirstOrDefaultAsync(p => p.CitizenId == citizen.Id, ct);
        var goals = plan is null ? [] : await db.Goals.AsNoTracking().Include(g => g.Interventions)
            .Where(g => g.PlanId == plan.Id && chosenIds.Contains(g.Id)).ToListAsync(ct);
        var themes = plan?.TemplateVersion?.Themes.ToDictionary(t => t.Key, t => t.Name) ?? [];
        var evaluations = (await db.Evaluations.AsNoTracking()
                .Where(e => chosenIds.Contains(e.GoalId) && e.EvaluatedOn >= report.PeriodFrom && e.EvaluatedOn <= report.PeriodTo).ToListAsync(ct))
            .ToLookup(e => e.GoalId);
        var purposes = await PurposesAsync(citizen.Id, report.PeriodTo, ct);
        var sender = await SenderAsync(citizen, ct);

        var scaleIds = goals.Where(g => g.IndicatorScaleId is not null).Select(g => g.IndicatorScaleId!.Value).Distinct().ToList();
        var scaleNames = await db.IndicatorScales.AsNoTracking().Where(s => scaleIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var goalContents = new List<GoalContent>();
        foreach (var goal in goals.OrderBy(g => g.ParentGoalId is null ? 0 : 1).ThenBy(g => g.StartOn).ThenBy(g => g.Text, StringComparer.Ordinal))
        {
            goalContents.Add(new GoalContent
            {
                Id = goal.Id, ParentId = goal.ParentGoalId, IsSubGoal = goal.IsSubGoal, Text = goal.Text, Rationale = goal.Rationale,
                Theme = themes.GetValueOrDefault(goal.ThemeKey, goal.ThemeKey), State = goal.State.Danish(),
                Interventions = [.. goal.Interventions.Select(Intervention)],
                Evaluations = [.. evaluations[goal.Id].OrderBy(e => e.EvaluatedOn)
                    .Select(e => new EvaluationContent(e.EvaluatedOn, e.Decision.Danish(), e.Qualitative, e.QuantitativeComment))],
                Indicator = goal.IsSubGoal && goal.IndicatorScaleId is { } scaleId ? await IndicatorAsync(citizen, goal, scaleNames.GetValueOrDefault(scaleId), report, ct) : null,
            });
        }

        return new StatusContent
        {
            CitizenName = citizen.FullName, MaskedCpr = citizen.MaskedCpr,
            Department = citizen.Department is { } d ? (d.Offer is { } o ? $"{o.Name} – {d.Name}" : d.Name) : string.Empty,
            Municipality = citizen.Municipality, Caseworker = citizen.CaseworkerName, Layout = report.Layout,
            PeriodFrom = report.PeriodFrom, PeriodTo = report.PeriodTo, StatusDate = report.StatusDate, RevisionNumber = report.RevisionNumber,
            ApprovedBy = approvedBy, ApprovedOn = approvedOn, Purposes = purposes, Sender = sender, ScoresAppendix = report.IncludeScoresAppendix,
            Sections = [.. report.Sections.Where(s => s.Included).OrderBy(s => s.Key).Select(s =>
            {
                var titles = StatusSections.Titles(s.Key, report.Layout);
                return new SectionContent(s.Key, titles.Heading, titles.SinceTitle, FormText.Clean(s.SinceText), titles.AheadTitle, titles.AheadTitle is null ? null : FormText.Clean(s.AheadText));
            })],
            Goals = goalContents,
        };
    }

    /// <summary>
    /// What a status shows: the frozen revision when one is asked for or the status is approved (or
    /// later), otherwise the draft as it stands. Null when the asked revision does not exist.
    /// </summary>
    public async Task<(StatusContent Content, bool Frozen)?> ContentAsync(Citizen citizen, StatusReport report, int? revision, CancellationToken ct)
    {
        var number = revision ?? (report.State.IsEditable() || report.State == StatusState.AwaitingApproval ? (int?)null : report.RevisionNumber);
        if (number is null)
        {
            return (await BuildAsync(citizen, report, null, null, ct), false);
        }

        var json = await db.StatusRevisions.AsNoTracking().Where(v => v.StatusReportId == report.Id && v.Number == number)
            .Select(v => v.ContentJson).FirstOrDefaultAsync(ct);
        return json is null ? null : (Retning.Documents.Status.StatusContentJson.Deserialize(json), true);
    }

    /// <summary>The sender block: the citizen's offer and department, and the contact team with their work phone and e-mail.</summary>
    private async Task<SenderContent?> SenderAsync(Citizen citizen, CancellationToken ct)
    {
        var department = citizen.Department
            ?? await db.Departments.AsNoTracking().Include(d => d.Offer).FirstOrDefaultAsync(d => d.Id == citizen.DepartmentId, ct);
        if (department is null)
        {
            return null;
        }

        var offer = department.Offer ?? await db.Offers.AsNoTracking().FirstAsync(o => o.Id == department.OfferId, ct);
        var team = await db.ContactTeamMembers.Where(m => m.CitizenId == citizen.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
            .Where(u => u.IsActive) // a member who has left cannot be reached
            .Select(u => new { u.FullName, u.PhoneNumber, u.Email })
            .ToListAsync(ct);
        return new SenderContent
        {
            Offer = offer.Name, Department = department.Name, Address = offer.Address, Phone = offer.Phone,
            ContactTeam = [.. team.OrderBy(u => u.FullName, StringComparer.Ordinal).Select(u => new ContactPersonContent(u.FullName, u.PhoneNumber, u.Email))],
        };
    }

    /// <summary>Every purpose of the citizen in its newest wording received by <paramref name="until"/> (a purpose first received later is left out).</summary>
    private async Task<IReadOnlyList<PurposeContent>> PurposesAsync(Guid citizenId, DateOnly until, CancellationToken ct)
    {
        var purposes = await db.Purposes.AsNoTracking().Include(p => p.Revisions.Where(r => r.ReceivedOn <= until))
            .Where(p => p.CitizenId == citizenId).ToListAsync(ct);
        return [.. purposes.Where(p => p.Current is not null).OrderBy(p => p.Current!.ReceivedOn).ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(p => new PurposeContent(p.Title, p.Current!.Text))];
    }

    private async Task<IndicatorContent> IndicatorAsync(Citizen citizen, Goal subGoal, string? scale, StatusReport report, CancellationToken ct)
    {
        var f = await figures.ForSubGoalAsync(citizen, subGoal, report.PeriodFrom, report.PeriodTo, ct);
        return new IndicatorContent
        {
            ScaleName = scale ?? "Støttebehov",
            Levels = [.. f.Levels.OrderBy(l => l.Value).Select(l => new ScaleLevelContent(l.Value, l.Label))],
            Scores = [.. f.Scores.OrderBy(s => s.ObservedAtUtc).Select(s => new ScoreContent(s.ObservedOn, s.Value, s.Label))],
            Trend = f.Scores.Count > 0 ? f.TrendText : null,
            ResponseRate = f.Rate is { } r && f.Verdict is { } verdict ? $"{verdict.Text} ({r.Scored} af {r.Expected} forventede)." : null,
        };
    }

    private static StatusSection Section(StatusReport report, StatusSectionKey key, string? since, string? ahead) =>
        new() { StatusReportId = report.Id, Key = key, SinceText = since, AheadText = ahead };

    private static string? Assessments(Plan? plan)
    {
        if (plan?.TemplateVersion is not { } template)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var theme in template.Themes.OrderBy(t => t.Order))
        {
            var a = plan.Assessments.FirstOrDefault(x => x.ThemeKey == theme.Key);
            var lines = new[] { (theme.ResourcesLabel, a?.Resources), (theme.ChallengesLabel, a?.Challenges), (theme.SupportNeedLabel, a?.SupportNeed) }
                .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1}: {x.Item2!.Trim()}").ToList();
            if (lines.Count > 0)
            {
                parts.Add(theme.Name + "\n" + string.Join("\n", lines));
            }
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    private static string? Approaches(Plan? plan)
    {
        if (plan is null)
        {
            return null;
        }

        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(plan.ApproachesText))
        {
            lines.Add(plan.ApproachesText.Trim());
        }

        lines.AddRange(plan.Methods.OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => string.IsNullOrWhiteSpace(m.HowPractised) ? $"- {m.Name}" : $"- {m.Name}: {m.HowPractised.Trim()}"));
        return Lines(lines);
    }

    private static string Intervention(GoalIntervention i) => string.IsNullOrWhiteSpace(i.HowOften) ? $"- {i.What}" : $"- {i.What} ({i.HowOften})";

    private static string? Lines(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? null : string.Join("\n", list);
    }
}
