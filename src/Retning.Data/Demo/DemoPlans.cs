using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Demo;

/// <summary>What the demo plans added (the tests and a caller that wants to report it).</summary>
public sealed record DemoPlanSummary(int Plans, int Goals, int SubGoals, int SubGoalNotes, int ResidentNotes);

/// <summary>
/// Living plans for some demo citizens, so a visitor sees the diary at work (the other enrolled demo
/// citizens get a bare plan, see <see cref="DemoTaskHistory"/>): a plan on the
/// template the citizen's age calls for, purposes from the municipality, two goals with
/// sub-goals scored on the offer's default scale, and about three months of sub-goal and
/// resident notes written by the citizen's contact team and the department's care workers.
/// Runs after <see cref="OfferSetup.EnsureDefaultsAsync"/> (it needs the templates, the scale
/// versions and the diary lists) and only once: nothing happens when a demo citizen has a plan.
/// </summary>
public static class DemoPlans
{
    public const int PerDepartment = 4;

    /// <summary>Separate from the citizens' seed, so plans can change without changing any name.</summary>
    private const int RandomSeed = 2604;

    public static async Task<DemoPlanSummary?> SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Plans.AnyAsync(p => db.Citizens.Any(c => c.Id == p.CitizenId && c.IsDemo), ct))
        {
            return null;
        }

        var offerIds = await db.Offers.Where(o => o.IsDemo).Select(o => o.Id).ToListAsync(ct);
        var citizens = await db.Citizens.AsNoTracking().Where(c => c.IsDemo)
            .Include(c => c.ContactTeam).Include(c => c.Placements).Include(c => c.Representatives).AsSplitQuery().ToListAsync(ct);
        if (offerIds.Count == 0 || citizens.Count == 0)
        {
            return null;
        }

        var world = new DemoPlanWorld(
            Departments: await db.Departments.AsNoTracking().Where(d => offerIds.Contains(d.OfferId)).ToListAsync(ct),
            Templates: await db.PlanTemplates.AsNoTracking().Include(t => t.Versions).Where(t => offerIds.Contains(t.OfferId)).ToListAsync(ct),
            Scales: await db.IndicatorScales.AsNoTracking().Include(s => s.Versions).Where(s => offerIds.Contains(s.OfferId) && s.IsDefault).ToListAsync(ct),
            Categories: await db.DiaryCategories.AsNoTracking().Where(c => offerIds.Contains(c.OfferId) && c.IsActive).ToListAsync(ct),
            Users: await db.Users.AsNoTracking().Where(u => u.IsDemo).ToDictionaryAsync(u => u.Email!, u => new DemoAuthor(u.Id, u.FullName), StringComparer.OrdinalIgnoreCase, ct));

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var builder = new DemoPlanBuilder(new Random(RandomSeed), nowUtc, world);
        var seeded = builder.Build(citizens);

        // One transaction: "a demo citizen has a plan" is the only-once test, so all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await DemoPurposeCategories.AssignAsync(db, seeded.Purposes, citizens, ct);
        db.Purposes.AddRange(seeded.Purposes);
        db.Plans.AddRange(seeded.Plans);
        db.GoalStateChanges.AddRange(seeded.StateChanges);
        db.DiaryEntries.AddRange(seeded.Notes);
        var staff = world.Users.Values.ToDictionary(u => u.Id, u => u.FullName);
        var (meetings, consents) = DemoStatusMeetings.Build(seeded.Plans, citizens, staff, DateOnly.FromDateTime(nowUtc));
        var history = DemoTaskHistory.Add(seeded.Plans, citizens, meetings, world.Departments, world.Templates, staff, DateOnly.FromDateTime(nowUtc), nowUtc);
        db.Plans.AddRange(history.BarePlans);
        db.StatusMeetings.AddRange(meetings);
        db.StatusMeetings.AddRange(history.HeldMeetings);
        db.StatusReports.AddRange(history.Statuses);
        db.StatusEvents.AddRange(history.Events);
        db.Purposes.AddRange(history.Purposes);
        db.Evaluations.AddRange(history.Evaluations);
        db.Consents.AddRange(consents);
        await db.SaveChangesAsync(ct);
        await BackdateAsync(db, seeded, history.BarePlans, ct);
        await Insight.ScoreMonthFacts.RewriteCitizensAsync(db, [.. seeded.Plans.Select(p => p.CitizenId).Distinct()], ct);
        await DemoGuidelines.LinkTemplatesAsync(db, ct);
        await DemoQualityRounds.SeedAsync(db, world.Departments, world.Users.ToDictionary(u => u.Key, u => u.Value.Id, StringComparer.OrdinalIgnoreCase), nowUtc, ct);
        await transaction.CommitAsync(ct);

        var goals = seeded.Plans.SelectMany(p => p.Goals).ToList();
        return new DemoPlanSummary(seeded.Plans.Count, goals.Count(g => !g.IsSubGoal), goals.Count(g => g.IsSubGoal),
            seeded.Notes.Count(n => n.Kind == DiaryKind.SubGoal), seeded.Notes.Count(n => n.Kind == DiaryKind.Resident));
    }

    /// <summary>
    /// Saving stamps every row with today; the note page says "Skrevet af … [time]" and the plan
    /// "Oprettet", so they get the times they would have had: a note when its first version was
    /// written, a plan and its goals on the day they were made. Set in bulk, past the save stamps.
    /// </summary>
    private static async Task BackdateAsync(AppDbContext db, SeededPlans seeded, List<Plan> barePlans, CancellationToken ct)
    {
        foreach (var plan in barePlans)
        {
            var planCreated = DateTime.SpecifyKind(plan.Periods.Min(p => p.StartedOn).ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Utc);
            await db.Plans.Where(p => p.Id == plan.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedUtc, planCreated).SetProperty(p => p.UpdatedUtc, planCreated), ct);
        }

        foreach (var plan in seeded.Plans)
        {
            var planCreated = seeded.CreatedUtc[plan.Id];
            await db.Plans.Where(p => p.Id == plan.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedUtc, planCreated).SetProperty(p => p.UpdatedUtc, planCreated), ct);
            foreach (var goal in plan.Goals)
            {
                var goalCreated = seeded.CreatedUtc[goal.Id];
                var goalUpdated = seeded.UpdatedUtc.GetValueOrDefault(goal.Id, goalCreated);
                await db.Goals.Where(g => g.Id == goal.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.CreatedUtc, goalCreated).SetProperty(g => g.UpdatedUtc, goalUpdated), ct);
            }
        }

        var citizenIds = seeded.Plans.Select(p => p.CitizenId).ToList();
        await db.DiaryEntries.Where(e => citizenIds.Contains(e.CitizenId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.CreatedUtc, e => db.DiaryEntryVersions.Where(v => v.EntryId == e.Id && v.Number == 1).Select(v => v.WrittenUtc).First())
                .SetProperty(e => e.UpdatedUtc, e => db.DiaryEntryVersions.Where(v => v.EntryId == e.Id && v.Number == 1).Select(v => v.WrittenUtc).First()), ct);
    }
}

/// <summary>A demo user as an author: id and the full name notes carry.</summary>
internal sealed record DemoAuthor(Guid Id, string FullName);

/// <summary>What the seeding reads from the database: the demo offers' setup and the demo users.</summary>
internal sealed record DemoPlanWorld(
    List<Department> Departments,
    List<PlanTemplate> Templates,
    List<IndicatorScale> Scales,
    List<DiaryCategory> Categories,
    Dictionary<string, DemoAuthor> Users);

/// <summary>Everything built in memory, with the times to stamp on the plans and goals after saving.</summary>
internal sealed record SeededPlans(
    List<Purpose> Purposes,
    List<Plan> Plans,
    List<GoalStateChange> StateChanges,
    List<DiaryEntry> Notes,
    Dictionary<Guid, DateTime> CreatedUtc,
    Dictionary<Guid, DateTime> UpdatedUtc);

/// <summary>
/// Builds the plans and notes. All draws come from one seeded <see cref="Random"/> in a fixed
/// order (departments in demo order, citizens by name), so the same citizens get the same
/// plans on every fresh database; only the dates follow today.
/// </summary>
internal sealed class DemoPlanBuilder
{
    /// <summary>Enrolled at least this long, so the plan (about four months old) started after enrolment.</summary>
    private const int MinDaysEnrolled = 150;

    private static readonly TimeZoneInfo DanishZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    // Fields rather than primary-constructor parameters: the nested CitizenPlan reads them.
    private readonly Random rng;
    private readonly DateTime nowUtc;
    private readonly DemoPlanWorld world;
    private readonly DateOnly today;
    private readonly SeededPlans seeded = new([], [], [], [], [], []);

    public DemoPlanBuilder(Random rng, DateTime nowUtc, DemoPlanWorld world)
    {
        this.rng = rng;
        this.nowUtc = nowUtc;
        this.world = world;
        today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), DanishZone));
    }

    public SeededPlans Build(List<Citizen> citizens)
    {
        // Who gets which goals is drawn first, for all departments, so changing a phrase list or a
        // probability below changes notes, never which citizens have plans.
        var choices = new List<(Citizen Citizen, Department Department, string DepartmentName, DemoGoal[] Goals, bool Overdue)>();
        foreach (var departmentName in DemoOrganisation.DepartmentNames)
        {
            var department = world.Departments.FirstOrDefault(d => d.Name == departmentName);
            if (department is null)
            {
                continue;
            }

            var chosen = Shuffle(citizens.Where(c => c.DepartmentId == department.Id && Eligible(c))
                .OrderBy(c => c.FirstName, StringComparer.Ordinal).ToList()).Take(DemoPlans.PerDepartment).ToList();
            var adultGoals = Shuffle([.. DemoPhrases.AdultGoals]);
            var schoolGoals = Shuffle([.. DemoPhrases.ChildSchoolGoals]);
            var relationGoals = Shuffle([.. DemoPhrases.ChildRelationGoals]);
            for (var i = 0; i < chosen.Count; i++)
            {
                // Children: one schooling and one relations goal, as the local guideline requires.
                var isChild = AgeRules.TemplateFor(chosen[i].BirthDate, today) == PlanTemplateKind.Ics;
                var age = AgeRules.AgeOn(chosen[i].BirthDate, today);
                DemoGoal[] goals = isChild
                    ? [Suited(schoolGoals, i, age), Suited(relationGoals, i, age)]
                    : [adultGoals[(2 * i) % adultGoals.Count], adultGoals[((2 * i) + 1) % adultGoals.Count]];
                choices.Add((chosen[i], department, departmentName, goals, Overdue: i == chosen.Count - 1));
            }
        }

        // In each department one daily sub-goal is paused for two weeks, and one goal's evaluation is overdue.
        var pausedIn = new HashSet<Guid>();
        foreach (var (citizen, department, departmentName, goals, overdue) in choices)
        {
            if (new CitizenPlan(this, citizen, department, departmentName, goals, withPause: !pausedIn.Contains(department.Id), overdue).Build())
            {
                pausedIn.Add(department.Id);
            }
        }

        return seeded;
    }

    /// <summary>
    /// Ordinary citizens only: enrolled, never moved, long enough in the offer, and not about to
    /// change template (the demo's "turns 18 soon" and "just turned 18" citizens keep their story).
    /// </summary>
    private bool Eligible(Citizen c) =>
        c.DischargedOn is null
        && c.Placements.Count == 1
        && c.EnrolledOn <= today.AddDays(-MinDaysEnrolled)
        && AgeRules.TemplateFor(c.BirthDate, today.AddDays(-MinDaysEnrolled)) == AgeRules.TemplateFor(c.BirthDate, today)
        && !AgeRules.TurnsAdultWithin(c.BirthDate, today, 6);

    private List<T> Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    /// <summary>The i-th goal of the shuffled list, or the next one that suits the child's age.</summary>
    private static DemoGoal Suited(List<DemoGoal> goals, int i, int age) =>
        Enumerable.Range(0, goals.Count).Select(k => goals[(i + k) % goals.Count]).FirstOrDefault(g => age >= g.MinAge) ?? goals[i % goals.Count];

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private bool Chance(double p) => rng.NextDouble() < p;

    /// <summary>A Danish wall-clock time on a day, in UTC (the day shift only, so never the skipped DST hour).</summary>
    private static DateTime ToUtc(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), DanishZone);

    /// <summary>One citizen's plan, goals, state history and notes.</summary>
    private sealed class CitizenPlan(DemoPlanBuilder b, Citizen citizen, Department department, string departmentName, DemoGoal[] goalTemplates, bool withPause, bool overdue)
    {
        private readonly DemoPerson person = new(citizen.FirstName, (citizen.CprDigits[^1] - '0') % 2 == 1);
        private readonly bool isChild = AgeRules.TemplateFor(citizen.BirthDate, b.today) == PlanTemplateKind.Ics;
        private List<DemoAuthor> team = [];
        private List<DemoAuthor> careWorkers = [];
        private DemoAuthor? head;
        private Guid scaleVersionId;
        private HashSet<string> themeKeys = [];

        /// <summary>Adds the plan and its notes; true when a sub-goal was paused.</summary>
        public bool Build()
        {
            var kind = isChild ? TemplateKind.Ics : TemplateKind.Vum;
            var template = b.world.Templates.Single(t => t.OfferId == department.OfferId && t.Kind == kind).Current;
            var scale = b.world.Scales.Single(s => s.OfferId == department.OfferId);
            scaleVersionId = scale.Versions.Single(v => v.Number == scale.CurrentVersion).Id;
            themeKeys = template.Themes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            LoadStaff();

            var planStart = b.today.AddDays(-b.rng.Next(115, 131));
            var goalStart = planStart.AddDays(b.rng.Next(21, 36));
            var plan = new Plan
            {
                CitizenId = citizen.Id,
                TemplateVersionId = template.Id,
                CitizenPerspective = Fill(b.Pick(isChild ? DemoPhrases.ChildPerspectives : DemoPhrases.AdultPerspectives)),
                Participation = Fill(isChild ? DemoPhrases.ChildParticipation : DemoPhrases.AdultParticipation),
                OfferAdditions = string.Join(" ", new[] { citizen.TargetGroup, citizen.Category, citizen.SupportLevel }.Where(s => s is not null).Select(s => s + ".")),
            };
            plan.Periods.Add(new PlanPeriod { PlanId = plan.Id, Number = 1, StartedOn = planStart });
            var method = b.Pick(DemoPhrases.Methods);
            plan.Methods.Add(new PlanMethod { PlanId = plan.Id, Name = method.Name, HowPractised = Fill(method.How) });
            b.seeded.Plans.Add(plan);
            b.seeded.CreatedUtc[plan.Id] = ToUtc(planStart, 10, 0);

            var purposes = new Dictionary<DemoPurpose, Purpose>();
            var subGoals = new List<(Goal SubGoal, DemoSubGoal Template, DemoActor? Actor)>();
            foreach (var (goalTemplate, index) in goalTemplates.Where(g => themeKeys.Contains(g.ThemeKey)).Select((g, i) => (g, i)))
            {
                if (!purposes.TryGetValue(goalTemplate.Purpose, out var purpose))
                {
                    purpose = NewPurpose(goalTemplate.Purpose, planStart);
                    purposes[goalTemplate.Purpose] = purpose;
                }

                var nextEvaluation = overdue && index == 0 ? b.today.AddDays(-b.rng.Next(3, 11)) : b.today.AddDays(b.rng.Next(7, 50));
                var goal = NewGoal(plan, null, goalTemplate.ThemeKey, purpose.Id, Fill(goalTemplate.Text), goalStart, 9, nextEvaluation);
                goal.Rationale = Fill(goalTemplate.Rationale);
                goal.Measure = Fill(goalTemplate.Measure);
                goal.Interventions.Add(new GoalIntervention { GoalId = goal.Id, What = Fill(goalTemplate.Intervention), HowOften = goalTemplate.InterventionHowOften, Who = "Kontaktteamet" });
                if (goalTemplate.Actor is { } actor)
                {
                    goal.Collaborators.Add(new GoalCollaborator { GoalId = goal.Id, Kind = actor.Kind, Name = actor.Name, HowTheyTakePart = Fill(actor.HowTheyTakePart) });
                }

                var count = goalTemplate.SubGoals.Length == 1 || b.Chance(0.4) ? 1 : 2;
                foreach (var sub in goalTemplate.SubGoals.Take(count))
                {
                    var subGoal = NewGoal(plan, goal.Id, goalTemplate.ThemeKey, purpose.Id, Fill(sub.Text), goalStart, 6, nextEvaluation);
                    subGoal.IndicatorScaleId = scale.Id;
                    subGoal.ScoringFrequency = sub.Frequency;
                    subGoals.Add((subGoal, sub, goalTemplate.Actor));
                }
            }

            var paused = withPause ? subGoals.FirstOrDefault(s => s.Template.Frequency == ScoringFrequency.Daily).SubGoal : null;
            var pauseFrom = goalStart.AddDays(b.rng.Next(28, 43));
            AddResidentNote(planStart, 10, Fill(DemoPhrases.PlanMeetingNote), "Familie og netværk", "Samtale", "indflydelse", team[0]);
            if (paused is not null)
            {
                Pause(paused, pauseFrom);
            }

            foreach (var (subGoal, subTemplate, actor) in subGoals)
            {
                var pause = subGoal == paused ? (pauseFrom, pauseFrom.AddDays(13)) : ((DateOnly, DateOnly)?)null;
                if (subTemplate.Frequency == ScoringFrequency.Weekly)
                {
                    WriteWeeklyNotes(subGoal, subTemplate, actor, pause);
                }
                else
                {
                    WriteDailyNotes(subGoal, subTemplate, actor, pause);
                }
            }

            WriteResidentNotes(planStart);
            return paused is not null;
        }

        private string Fill(string text) => DemoPhrases.Fill(text, person);

        /// <summary>The contact team writes most notes; the department's other care workers the rest.</summary>
        private void LoadStaff()
        {
            var byId = b.world.Users.Values.ToDictionary(u => u.Id);
            careWorkers = [.. DemoStaff.CareWorkersIn(departmentName).Select(s => b.world.Users[s.Email])];
            team = [.. citizen.ContactTeam.Select(m => byId.GetValueOrDefault(m.UserId)).OfType<DemoAuthor>()];
            if (team.Count == 0)
            {
                team = careWorkers;
            }

            var headMember = DemoStaff.All.FirstOrDefault(s => s.Role == StaffRole.DepartmentHead && s.Departments.Contains(departmentName));
            head = headMember is null ? null : b.world.Users[headMember.Email];
        }

        private DemoAuthor Author() => b.Chance(0.75) ? b.Pick(team) : b.Pick(careWorkers);

        private Purpose NewPurpose(DemoPurpose template, DateOnly planStart)
        {
            var receivedOn = planStart.AddDays(-b.rng.Next(5, 26));
            var source = b.Chance(0.25) ? PurposeSource.Order : isChild ? PurposeSource.ActionPlan140 : PurposeSource.ActionPlan141;
            var purpose = new Purpose { CitizenId = citizen.Id, Title = template.Title };
            purpose.Revisions.Add(new PurposeRevision
            {
                PurposeId = purpose.Id,
                Text = Fill(template.Text),
                ReceivedOn = receivedOn,
                Source = source,
                SourceReference = (source == PurposeSource.Order ? "Bestilling af " : "Handleplan af ") + receivedOn.AddDays(-b.rng.Next(3, 15)).ToDanishDate()
                    + (citizen.Municipality is null ? string.Empty : ", " + citizen.Municipality),
                EnteredByUserId = team[0].Id,
                EnteredByName = team[0].FullName,
                EnteredUtc = ToUtc(receivedOn.AddDays(b.rng.Next(1, 4)), 9 + b.rng.Next(6), b.rng.Next(60)),
            });
            b.seeded.Purposes.Add(purpose);
            return purpose;
        }

        private Goal NewGoal(Plan plan, Guid? parentId, string themeKey, Guid purposeId, string text, DateOnly startOn, int months, DateOnly nextEvaluation)
        {
            var goal = new Goal
            {
                PlanId = plan.Id,
                ParentGoalId = parentId,
                ThemeKey = themeKey,
                PurposeId = purposeId,
                Text = text,
                Type = GoalType.Develop,
                State = GoalState.Active,
                StartOn = startOn,
                EndOn = startOn.AddMonths(months),
                EvaluationIntervalMonths = 3,
                NextEvaluationOn = nextEvaluation,
                CitizenParticipation = Fill(isChild ? "{n} har valgt billederne til skemaet og fortalt, hvad der er svært." : "{n} har selv formuleret ønsket og sagt ja til målet."),
                StaffFindRealistic = true,
            };
            plan.Goals.Add(goal);
            b.seeded.CreatedUtc[goal.Id] = ToUtc(startOn, 13, 0);
            AddState(goal.Id, GoalState.Active, startOn);
            return goal;
        }

        private void AddState(Guid goalId, GoalState state, DateOnly fromOn) =>
            b.seeded.StateChanges.Add(new GoalStateChange
            {
                GoalId = goalId, State = state, FromOn = fromOn, ChangedUtc = ToUtc(fromOn, 13, 0), ChangedByName = team[0].FullName,
            });

        /// <summary>Paused for two weeks and resumed: the response rate expects no scores in between.</summary>
        private void Pause(Goal subGoal, DateOnly from)
        {
            var resumeOn = from.AddDays(14);
            AddState(subGoal.Id, GoalState.Passive, from);
            AddState(subGoal.Id, GoalState.Active, resumeOn);
            b.seeded.UpdatedUtc[subGoal.Id] = ToUtc(resumeOn, 13, 0);
            AddResidentNote(from, 13, Fill(DemoPhrases.PauseNote).Replace("{delmaal}", subGoal.Text, StringComparison.Ordinal), "Sundhed", "Samtale", "sundhed", team[0]);
            AddResidentNote(resumeOn, 13, Fill(DemoPhrases.ResumeNote).Replace("{delmaal}", subGoal.Text, StringComparison.Ordinal), "Sundhed", "Samtale", "sundhed", team[0]);
        }

        /// <summary>
        /// Each day the sub-goal is active a note with some probability (the response rate), the
        /// support need drifting down over the months with day-to-day noise; now and then a
        /// "Manglende arbejde med delmål" on a day without one.
        /// </summary>
        private void WriteDailyNotes(Goal subGoal, DemoSubGoal template, DemoActor? actor, (DateOnly From, DateOnly To)? pause)
        {
            var trend = NewTrend();
            for (var day = subGoal.StartOn; day <= b.today; day = day.AddDays(1))
            {
                if (pause is { } p && day >= p.From && day <= p.To)
                {
                    continue;
                }

                if (b.Chance(trend.ResponseRate))
                {
                    WriteSubGoalNote(subGoal, template, actor, day, trend);
                }
                else if (b.Chance(0.07))
                {
                    WriteMissingWork(subGoal, template, day);
                }
            }
        }

        /// <summary>Weekly: most weeks a note on the sub-goal's weekday, some weeks two, some none.</summary>
        private void WriteWeeklyNotes(Goal subGoal, DemoSubGoal template, DemoActor? actor, (DateOnly From, DateOnly To)? pause)
        {
            var trend = NewTrend();
            var weekday = template.Weekday ?? (DayOfWeek)b.rng.Next(1, 6);
            var monday = subGoal.StartOn.AddDays(-(((int)subGoal.StartOn.DayOfWeek + 6) % 7));
            for (; monday <= b.today; monday = monday.AddDays(7))
            {
                var day = monday.AddDays(((int)weekday + 6) % 7);
                if (b.Chance(0.15))
                {
                    // A day early or late: the work moves with the week's plans.
                    day = day.AddDays(day == monday ? 1 : -1);
                }

                if (day < subGoal.StartOn || day > b.today || pause is { } p && day >= p.From && day <= p.To)
                {
                    continue;
                }

                if (b.Chance(trend.ResponseRate))
                {
                    WriteSubGoalNote(subGoal, template, actor, day, trend);
                    var extra = day.AddDays(b.rng.Next(2, 4));
                    if (b.Chance(0.1) && extra <= b.today && extra < monday.AddDays(7))
                    {
                        WriteSubGoalNote(subGoal, template, actor, extra, trend);
                    }
                }
                else if (b.Chance(0.35))
                {
                    WriteMissingWork(subGoal, template, day);
                }
            }
        }

        /// <summary>Support need from about 3,5–4 down by 1,3–2,5 levels over the period; one in five stays about flat.</summary>
        private Trend NewTrend()
        {
            var start = 3.3 + (b.rng.NextDouble() * 0.7);
            var drop = b.Chance(0.8) ? 1.3 + (b.rng.NextDouble() * 1.2) : b.rng.NextDouble() * 0.5;
            return new Trend(0.6 + (b.rng.NextDouble() * 0.3), start, start - drop);
        }

        private void WriteSubGoalNote(Goal subGoal, DemoSubGoal template, DemoActor? actor, DateOnly day, Trend trend)
        {
            var observed = ToUtc(day, b.rng.Next(template.FromHour, template.ToHour), b.rng.Next(60));
            if (observed > b.nowUtc.AddMinutes(-10))
            {
                return;
            }

            // Collaboration is a few times per sub-goal in the period, not a daily thing.
            var withActor = actor is not null && b.Chance(template.Frequency == ScoringFrequency.Daily ? 0.025 : 0.07);
            var notScored = b.Chance(0.05);
            var share = b.today.DayNumber == subGoal.StartOn.DayNumber ? 1.0 : (double)(day.DayNumber - subGoal.StartOn.DayNumber) / (b.today.DayNumber - subGoal.StartOn.DayNumber);
            var noise = (b.rng.NextDouble() + b.rng.NextDouble() - 1) * 1.2;
            int? score = notScored ? null : Math.Clamp((int)Math.Round(trend.Start + ((trend.End - trend.Start) * share) + noise), 0, 4);
            var notScoredText = b.Pick(DemoPhrases.NotScored);
            var content = new NoteContent
            {
                ObservedAtUtc = observed,
                ObservedOn = day,
                SubGoalId = subGoal.Id,
                ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]),
                Text = Fill(withActor ? b.Pick(actor!.Notes) : notScored ? notScoredText.Text : b.Pick(template.Did)),
                Effect = Fill(score switch
                {
                    null => notScoredText.Effect,
                    >= 3 => b.Pick(DemoPhrases.EffectHighSupport),
                    2 => b.Pick(DemoPhrases.EffectModerateSupport),
                    _ => b.Pick(DemoPhrases.EffectLowSupport),
                }),
                CitizenExperience = b.Chance(0.7) ? Fill(b.Pick(DemoPhrases.Experiences)) : null,
                ActorName = withActor ? actor!.Name : null,
                ScoreValue = score,
                ScaleVersionId = score is null ? null : scaleVersionId,
            };
            Add(DiaryKind.SubGoal, content, Author());
        }

        private void WriteMissingWork(Goal subGoal, DemoSubGoal template, DateOnly day)
        {
            var reason = b.Pick(DemoPhrases.MissingWorkReasons);
            if (reason == MissingWorkReason.CitizenAway && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday or DayOfWeek.Friday))
            {
                reason = MissingWorkReason.CitizenIll;
            }

            var hour = Math.Min(21, template.ToHour);
            var observed = ToUtc(day, hour, b.rng.Next(60));
            if (observed > b.nowUtc.AddMinutes(-10))
            {
                return;
            }

            var content = new NoteContent
            {
                ObservedAtUtc = observed,
                ObservedOn = day,
                SubGoalId = subGoal.Id,
                ContextId = Category(DiaryCategoryKind.Context, "Hverdag").Id,
                NoteTypeId = b.world.Categories.Where(c => c.OfferId == department.OfferId).First(c => c.IsMissingWork).Id,
                ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]),
                Text = Fill(DemoPhrases.MissingWorkText(reason)),
                MissingWorkReason = reason,
            };
            Add(DiaryKind.Resident, content, Author());
        }

        /// <summary>About every third day a resident note; some are internal working notes.</summary>
        private void WriteResidentNotes(DateOnly from)
        {
            var notes = DemoPhrases.ResidentNotes.Where(n => isChild ? n.Children : n.Adults).ToList();
            for (var day = from.AddDays(1); day <= b.today; day = day.AddDays(1))
            {
                if (!b.Chance(0.3))
                {
                    continue;
                }

                var hour = b.rng.Next(8, 22);
                if (b.Chance(0.12))
                {
                    var author = head is not null && b.Chance(0.3) ? head : Author();
                    AddResidentNote(day, hour, Fill(b.Pick(DemoPhrases.InternalNotes)), "Hverdag", "Observation", null, author, isInternal: true);
                    continue;
                }

                var note = b.Pick(notes);
                AddResidentNote(day, hour, Fill(note.Text), note.Context, note.Type, isChild ? note.IcsTheme : note.VumTheme, Author());
            }
        }

        private void AddResidentNote(DateOnly day, int hour, string text, string context, string type, string? theme, DemoAuthor author, bool isInternal = false)
        {
            var observed = ToUtc(day, hour, b.rng.Next(60));
            if (observed > b.nowUtc.AddMinutes(-10))
            {
                return;
            }

            var content = new NoteContent
            {
                ObservedAtUtc = observed,
                ObservedOn = day,
                ContextId = Category(DiaryCategoryKind.Context, context).Id,
                NoteTypeId = Category(DiaryCategoryKind.NoteType, type).Id,
                ThemeKeys = theme is not null && themeKeys.Contains(theme) ? DiaryContent.JoinThemes([theme]) : null,
                Text = text,
                IsInternal = isInternal,
            };
            Add(DiaryKind.Resident, content, author);
        }

        /// <summary>The offer's entry of that name, or its first of the kind when an administrator renamed it.</summary>
        private DiaryCategory Category(DiaryCategoryKind kind, string name)
        {
            var list = b.world.Categories.Where(c => c.OfferId == department.OfferId && c.Kind == kind && !c.IsMissingWork).OrderBy(c => c.Order).ToList();
            return list.FirstOrDefault(c => c.Name == name) ?? list[0];
        }

        /// <summary>Written as the diary page writes it (first version included), a few minutes to two hours after the observation.</summary>
        private void Add(DiaryKind kind, NoteContent content, DemoAuthor author)
        {
            var written = content.ObservedAtUtc.AddMinutes(b.rng.Next(5, 120));
            var entry = DiaryRules.Write(citizen.Id, kind, content, author.Id, author.FullName, written > b.nowUtc ? b.nowUtc : written);
            b.seeded.Notes.Add(entry);
        }
    }

    /// <summary>A sub-goal's response rate and where its support need starts and ends.</summary>
    private sealed record Trend(double ResponseRate, double Start, double End);
}
