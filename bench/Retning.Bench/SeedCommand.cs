using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

/// <summary>
/// The data of the side-by-side benchmark (bench/compare.sh), added to a database the real app has already made
/// (migrated, demo data seeded): one citizen with a 30-goal plan, and per requested size one citizen with that many
/// scored notes on one sub-goal. Deterministic: fixed seed, fixed dates; every citizen is in the demo department
/// "Mågen", where the demo department head (anne@demo.retning.dk) sees it.
/// Prints the ids as key=value lines (plan_citizen, plan_subgoal, notes{N}_citizen, notes{N}_subgoal).
/// Usage: ./Retning.Bench seed (--sqlite FILE | --pg "CONNECTION") [--notes 100,100000]
/// </summary>
internal static class SeedCommand
{
    private const int Batch = 5000;

    /// <summary>The newest notes of every note citizen: the same 60 rows at every size (one every 12 hours up to <see cref="NotesEnd"/>).</summary>
    private const int RecentNotes = 60;

    private static readonly DateTime NotesEnd = new(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly PlanStart = new(2026, 6, 1);

    /// <summary>The open plan period of a note citizen: the sub-goal page's default period shows the <see cref="RecentNotes"/> only.</summary>
    private static readonly DateOnly NotePeriodStart = new(2026, 11, 1);

    /// <summary>The older notes end the day before the period opens (Danish time), so they stay out of its chart.</summary>
    private static readonly DateTime OlderNotesEnd = new(2026, 10, 31, 12, 0, 0, DateTimeKind.Utc);

    public static async Task RunAsync(string[] args)
    {
        var settings = Settings(args);
        var sizes = Option(args, "--notes")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList() ?? [100, 100_000];
        var random = new Random(13);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(options, settings);
        AppDbContext Open() => new(options.Options, FixedCitizenScope.System, TimeProvider.System);

        var watch = Stopwatch.StartNew();
        await using (var db = Open())
        {
            var (citizen, subGoal) = await AddPlanCitizenAsync(db, random, "Planbenchmark", goals: 30, subGoalsPerGoal: 2, PlanStart);
            Console.WriteLine($"plan_citizen={citizen}");
            Console.WriteLine($"plan_subgoal={subGoal}");
        }

        foreach (var size in sizes)
        {
            await using var db = Open();
            var (citizen, subGoal) = await AddPlanCitizenAsync(db, random, "Noter" + size.ToString(CultureInfo.InvariantCulture), goals: 1, subGoalsPerGoal: 1, NotePeriodStart);
            await AddNotesAsync(db, random, citizen, subGoal, size);
            Console.WriteLine($"notes{size}_citizen={citizen}");
            Console.WriteLine($"notes{size}_subgoal={subGoal}");
        }

        await Console.Error.WriteLineAsync($"seeded in {watch.Elapsed.TotalSeconds:F1} s");
    }

    internal static DatabaseSettings Settings(string[] args) =>
        Option(args, "--sqlite") is { } file ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}", IsDefaultEmbedded: false)
        : Option(args, "--pg") is { } connection ? new DatabaseSettings(DatabaseProvider.Postgres, connection, IsDefaultEmbedded: false)
        : throw new ArgumentException("seed needs --sqlite FILE or --pg CONNECTION");

    internal static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A child in Mågen with a plan (assessments in every theme; goals with an intervention, each with scored daily sub-goals).</summary>
    private static async Task<(Guid Citizen, Guid SubGoal)> AddPlanCitizenAsync(AppDbContext db, Random random, string firstName, int goals, int subGoalsPerGoal, DateOnly start)
    {
        var department = await db.Departments.SingleAsync(d => d.Name == "Mågen");
        var citizen = new Citizen
        {
            Id = NextGuid(random), FirstName = firstName, LastName = "Benchmark", CprDigits = await FreeCprAsync(db),
            DepartmentId = department.Id, EnrolledOn = new DateOnly(2025, 9, 1), TargetGroup = "Børn og unge med særlige behov",
        };
        citizen.BirthDate = Cpr.Parse(citizen.CprDigits).BirthDate;
        db.Citizens.Add(citizen);
        var plan = await new Retning.Web.Services.Plans.PlanService(db).CreateAsync(citizen, start, null, default);
        // Fixed ids: detach the new plan and its first period, give them seeded ids, add them again.
        db.Entry(plan).State = EntityState.Detached;
        db.Entry(plan.Periods[0]).State = EntityState.Detached;
        plan.Id = NextGuid(random);
        plan.Periods[0].Id = NextGuid(random);
        plan.Periods[0].PlanId = plan.Id;
        db.Plans.Add(plan);
        plan.CitizenPerspective = "Jeg vil gerne klare mere selv om morgenen.";
        plan.Participation = "Borgeren og forældrene deltog i planmødet.";
        var scale = await db.IndicatorScales.FirstAsync(s => s.OfferId == department.OfferId && s.IsDefault);
        foreach (var theme in plan.TemplateVersion!.Themes)
        {
            db.ThemeAssessments.Add(new ThemeAssessment { Id = NextGuid(random), PlanId = plan.Id, ThemeKey = theme.Key, Resources = "Ressourcer " + theme.Name, Challenges = "Udfordringer", SupportNeed = "Støttebehov" });
        }

        Guid? firstSubGoal = null;
        for (var g = 0; g < goals; g++)
        {
            var theme = plan.TemplateVersion.Themes[g % plan.TemplateVersion.Themes.Count].Key;
            var goal = new Goal { Id = NextGuid(random), PlanId = plan.Id, ThemeKey = theme, Text = $"At barnet smører madpakke {g} dage om ugen", StartOn = start, EndOn = start.AddMonths(6), NextEvaluationOn = start.AddMonths(3) };
            goal.Interventions.Add(new GoalIntervention { Id = NextGuid(random), GoalId = goal.Id, What = "Guidning ved køkkenbordet", HowOften = "Dagligt", Who = "Kontaktperson" });
            db.Goals.Add(goal);
            for (var s = 0; s < subGoalsPerGoal; s++)
            {
                var subGoal = new Goal { Id = NextGuid(random), PlanId = plan.Id, ParentGoalId = goal.Id, ThemeKey = theme, Text = $"At barnet finder pålæg frem {s}", StartOn = start, EndOn = start.AddMonths(3),
                    IndicatorScaleId = scale.Id, ScoringFrequency = ScoringFrequency.Daily };
                db.Goals.Add(subGoal);
                firstSubGoal ??= subGoal.Id;
            }
        }

        await db.SaveChangesAsync();
        return (citizen.Id, firstSubGoal!.Value);
    }

    /// <summary>The first valid CPR number of a child born 1 January 2014 that no citizen has yet.</summary>
    private static async Task<string> FreeCprAsync(AppDbContext db)
    {
        for (var serial = 4000; ; serial++)
        {
            var digits = "010114" + serial.ToString(CultureInfo.InvariantCulture);
            if (Cpr.TryParse(digits, out _, out _) && !await db.Citizens.AnyAsync(c => c.CprDigits == digits))
            {
                return digits;
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> scored notes (each with its first version) by 12 authors: the newest <see cref="RecentNotes"/>
    /// one every 12 hours up to <see cref="NotesEnd"/>, the rest spread evenly over the 13 months up to <see cref="OlderNotesEnd"/>.
    /// </summary>
    private static async Task AddNotesAsync(AppDbContext db, Random random, Guid citizenId, Guid subGoalId, int count)
    {
        var subGoal = await db.Goals.AsNoTracking().SingleAsync(g => g.Id == subGoalId);
        var scaleVersion = await db.IndicatorScaleVersions.Where(v => v.ScaleId == subGoal.IndicatorScaleId).Select(v => v.Id).FirstAsync();
        var authors = Enumerable.Range(1, 12).Select(_ => NextGuid(random)).ToArray();
        var older = Math.Max(0, count - RecentNotes);
        var olderStep = TimeSpan.FromDays(395).Ticks / Math.Max(1, older);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            // i counts from the oldest note; the last RecentNotes are the same at every size.
            var newest = count - 1 - i;
            var at = newest < RecentNotes ? NotesEnd.AddHours(-12 * newest) : OlderNotesEnd.AddTicks(-olderStep * (older - 1 - i));
            var content = new NoteContent
            {
                ObservedAtUtc = at, ObservedOn = DateOnly.FromDateTime(at), SubGoalId = subGoalId, ScoreValue = i % 5, ScaleVersionId = scaleVersion,
                Text = $"Notat nr. {i + 1}: vi øvede morgenrutinen", Effect = "Roligere morgen", ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]),
            };
            var author = i % authors.Length;
            var entry = DiaryRules.Write(citizenId, DiaryKind.SubGoal, content, authors[author], $"Forfatter {author + 1}", at);
            entry.Id = NextGuid(random);
            entry.Versions[0].Id = NextGuid(random);
            entry.Versions[0].EntryId = entry.Id;
            db.DiaryEntries.Add(entry);
            if ((i + 1) % Batch == 0 || i == count - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
    }
}
