using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Forbedringsplan;

/// <summary>
/// What the new-action and action pages share: the round's report (404 when the user does not read the round,
/// 403 to write when they do not run it), the people who may own an action (users with a role in one of the
/// round's departments), and the choices of the form.
/// </summary>
public abstract class ActionPageModel(AppDbContext db, RoundReportReader reader, ImprovementFigures figures, TimeProvider clock) : PageModel
{
    protected AppDbContext Db => db;
    protected ImprovementFigures Figures => figures;
    protected TimeProvider Clock => clock;

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public RoundReport Report { get; private set; } = default!;

    public DateOnly Today => DanishTime.Today(clock);

    public IReadOnlyList<(Guid Id, string Name)> Owners { get; private set; } = [];

    public IEnumerable<SelectListItem> OwnerItems => Owners.Select(o => new SelectListItem(o.Name, o.Id.ToString())).Prepend(new SelectListItem("Vælg ansvarlig", string.Empty));

    public static IEnumerable<SelectListItem> FigureItems
    {
        get
        {
            var management = new SelectListGroup { Name = "Ledelsesinformation (de sidste 12 hele måneder)" };
            var next = new SelectListGroup { Name = "Resultatet i næste runde" };
            return new[] { new SelectListItem("Vælg tal", string.Empty) }
                .Concat(ImprovementFigures.Choices.Select(f => new SelectListItem(f.Title, ActionInput.FigureChoice(ActionFigureKind.ManagementFigure, f.Slug)) { Group = management }))
                .Concat(QualityIndicatorText.Monitored.Select(i => new SelectListItem($"{i.Number()}: andel opfyldt", ActionInput.FigureChoice(ActionFigureKind.NextRoundIndicator, ((int)i).ToString(System.Globalization.CultureInfo.InvariantCulture))) { Group = next }));
        }
    }

    public static IEnumerable<SelectListItem> DirectionItems =>
    [
        new("Vælg retning", string.Empty), new("Op (højere er bedre)", nameof(FigureDirection.Up)), new("Ned (lavere er bedre)", nameof(FigureDirection.Down)),
    ];

    /// <summary>Loads the round; null when the user may go on, otherwise the answer (404 or 403).</summary>
    protected async Task<IActionResult?> LoadRoundAsync(Guid roundId, bool write)
    {
        var ct = HttpContext.RequestAborted;
        if (await reader.LoadAsync(roundId, ct) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        if (write && !report.Runs)
        {
            return Forbid();
        }

        var departmentIds = report.Departments.Select(d => d.Id).ToList();
        var ownerIds = db.Memberships.Where(m => departmentIds.Contains(m.DepartmentId)).Select(m => m.UserId);
        Owners = [.. (await db.Users.AsNoTracking().Where(u => u.IsActive && ownerIds.Contains(u.Id)).OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName }).ToListAsync(ct)).Select(u => (u.Id, u.FullName))];
        return null;
    }

    /// <summary>Fills the reading before from the chosen figure now, when none is typed.</summary>
    protected async Task ReadBeforeAsync(bool replace)
    {
        if ((replace || string.IsNullOrWhiteSpace(Input.BeforeValue)) && ActionInput.ParseFigure(Input.Figure) is { } figure
            && await figures.BeforeAsync(Report, figure.Kind, figure.Key, Today, HttpContext.RequestAborted) is { } before)
        {
            Input.BeforeValue = ActionInput.FormatNumber(before.Value);
            Input.BeforeReadOn = before.ReadOn;
            ModelState.Remove("Input.BeforeValue");
            ModelState.Remove("Input.BeforeReadOn");
        }
    }

    /// <summary>Checks the form; adds the errors at the fields and returns whether it may be saved.</summary>
    protected bool CheckInput()
    {
        ModelState.AddFieldErrors(ModelState.NotYetShown(Input.Check(Owners.Select(o => o.Id).ToHashSet(), Today)));
        return ModelState.IsValid;
    }
}
