using Retning.Documents.Charts;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Pages.Borgere.Maal;
using Retning.Web.Services.Diary;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Delmaal;

/// <summary>
/// A sub-goal's own page, ordered for the care worker who opens it during a shift: how it is
/// going (response rate, trend, first and latest score, the chart with its table) for a chosen
/// period, the sub-goal's diary and "Skriv notat" — then the step itself, its goal, the
/// indicator's scale levels, the SMORT check, interventions and collaborators.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, DiaryFigures figures, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty(SupportsGet = true, Name = "fra")]
    public string? Fra { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public string? Til { get; set; }

    public GoalFormChoices Choices { get; private set; } = default!;

    /// <summary>The sub-goal, its plan's periods, the period from the address and the figures for it.</summary>
    public SubGoalGraph Graph { get; private set; } = default!;

    public Goal SubGoal => Graph.SubGoal;
    public IReadOnlyList<PlanPeriod> Periods => Graph.Periods;
    public GrafPeriod Period => Graph.Period;
    public SubGoalFigures Figures => Graph.Figures;
    public DateOnly TodayDate => Today;

    /// <summary>How many notes the page lists; the full diary is one link away.</summary>
    public const int NoteCount = 20;

    public Goal Parent { get; private set; } = default!;
    public IndicatorScale? Scale { get; private set; }
    public IReadOnlyList<SubGoalNoteRow> Notes { get; private set; } = [];
    public int NoteTotal { get; private set; }

    /// <summary>The chart as inline SVG (one request and one audit row for the whole page).</summary>
    public string ChartSvg { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid subGoalId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "maal") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, ct);
        if (Choices.Plan is null || await SubGoalGraph.LoadAsync(Db, figures, Citizen, subGoalId, Fra, Til, Today, ct, withWork: true) is not { } graph)
        {
            return NotFound();
        }

        Graph = graph;
        Parent = await Db.Goals.AsNoTracking().FirstAsync(g => g.Id == SubGoal.ParentGoalId, ct);
        await Choices.LoadListsAsync(Db, ct);
        Scale = Choices.Scales.FirstOrDefault(s => s.Id == SubGoal.IndicatorScaleId)
                ?? (SubGoal.IndicatorScaleId is { } sid ? await Db.IndicatorScales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid, ct) : null);
        (Notes, NoteTotal) = await figures.SubGoalNotesAsync(Citizen.Id, SubGoal.Id, NoteCount, ct);
        ChartSvg = SubGoalChart.Svg(Graph.ChartData);
        await audit.RecordAsync(AuditAction.Read, id, "Delmål: vist", $"mål={subGoalId}; {Period.Query}", ct);
        return Page();
    }

    /// <summary>The address of the page for another period.</summary>
    public string PeriodHref(DateOnly from, DateOnly to) => $"{Routes.Citizen(Citizen.Id).SubGoal(SubGoal.Id)}?fra={from:yyyy-MM-dd}&til={to:yyyy-MM-dd}#tal";

    /// <summary>The plan periods the sub-goal lived in, as quick links (newest first), each cut at today.</summary>
    public IEnumerable<(string Label, DateOnly From, DateOnly To)> PeriodLinks =>
        Periods.Where(p => (p.ClosedOn ?? TodayDate) >= SubGoal.StartOn && p.StartedOn <= TodayDate)
            .OrderByDescending(p => p.Number)
            .Select(p => ($"Periode {p.Number}{(p.IsOpen ? " (nuværende)" : string.Empty)}", p.StartedOn, p.ClosedOn ?? TodayDate));

    public bool IsCurrent(DateOnly from, DateOnly to) => Period.From == from && Period.To == to;

    /// <summary>"Svarprocent 83 % (10 af 12 forventede dage)": the figure with the counts behind it, so it can be checked.</summary>
    public string? RateHeadline => Figures.Rate is { Percent: { } percent } rate
        ? $"Svarprocent {percent} % ({rate.Scored} af {rate.Expected} forventede {GrafData.Unit(rate.Frequency, rate.Expected)})"
        : null;

    /// <summary>Whether the scores can carry a quantitative evaluation, in plain Danish, with the offer's threshold.</summary>
    public string RateVerdict => (Figures.Rate, Figures.Verdict?.Judgement) switch
    {
        (null, _) => "Delmålet har ingen scoringshyppighed, så der beregnes ingen svarprocent.",
        (_, ResponseRateJudgement.Sufficient) =>
            $"Det er nok til en kvantitativ evaluering (tilbuddets grænse er {Figures.ThresholdPercent} %).",
        (_, ResponseRateJudgement.Insufficient) =>
            $"Det er for få scoringer til en kvantitativ evaluering (tilbuddets grænse er {Figures.ThresholdPercent} %). Evaluer ud fra notaterne, og skriv, at tallene er for spinkle.",
        _ when Figures.Rate.NothingExpectedYet =>
            "Ingen scoringer forventet endnu: "
            + Figures.Rate.Frequency switch { ScoringFrequency.Daily => "dagen i dag", ScoringFrequency.Weekly => "denne uge", _ => "denne måned" }
            + " er ikke slut, og en scoring, der gives nu, tæller med.",
        _ => "Ingen scoringer forventet i perioden: delmålet var ikke aktivt, eller borgeren var ikke indskrevet."
             + (Figures.Rate.Frequency == ScoringFrequency.Daily ? string.Empty
                 : $" En {(Figures.Rate.Frequency == ScoringFrequency.Weekly ? "uge" : "måned")} tæller først med, når delmålet var aktivt i over halvdelen af dens dage."),
    };

    /// <summary>
    /// A "Manglende arbejde med delmål" note on this sub-goal: the resident diary's form with the type
    /// and the sub-goal chosen, back to this page after saving.
    /// </summary>
    public string MissingWorkHref =>
        $"{Routes.Citizen(Citizen.Id).NewDiaryNote}?slags={Dagbog.NyModel.ResidentKind}&manglende=true&delmaal={SubGoal.Id}&tilbage={Uri.EscapeDataString(Routes.Citizen(Citizen.Id).SubGoal(SubGoal.Id))}";

    /// <summary>Care workers and leaders write notes; a quality officer reads.</summary>
    public bool CanWriteNotes => DiaryRules.CanWrite(Access.RolesFor(Citizen));

    public bool RateSufficient => Figures.Verdict?.Judgement == ResponseRateJudgement.Sufficient;
}
