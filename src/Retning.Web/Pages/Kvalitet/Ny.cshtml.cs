using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Organisation;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// Planning a monitoring round (docs/domain.md, "Quality monitoring"): title, the departments the user answers for,
/// the period looked at, the due date (by default the three-year deadline of the offers in scope) and the
/// reviewer(s). A reviewer must be able to open plans in the chosen departments: the sample is drawn among those.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class NyModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public IReadOnlyList<RoundDepartmentName> DepartmentOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Reviewers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SecondReviewers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DanishTime.Today(clock);
        if (await LoadOptionsAsync(ct) is { } denied)
        {
            return denied;
        }

        var cycles = await OfferCycles.ForAsync(db, [.. DepartmentOptions.Select(d => d.OfferId).Distinct()], today, ct);
        var due = cycles.Count == 0 ? today.AddMonths(3) : cycles.Min(c => c.DueOn);
        Input = new RoundInput
        {
            PeriodFrom = today.AddYears(-1),
            PeriodTo = today,
            DueOn = due < today ? today.AddMonths(1) : due,
            ReviewerUserId = me.Id,
        };
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = DanishTime.Today(clock);
        if (await LoadOptionsAsync(ct) is { } denied)
        {
            return denied;
        }

        var allowed = DepartmentOptions.Select(d => d.Id).ToHashSet();
        ModelState.AddFieldErrors(ModelState.NotYetShown(Input.Check(allowed, today)));
        await CheckReviewerAsync(nameof(RoundInput.ReviewerUserId), Input.ReviewerUserId, ct);
        await CheckReviewerAsync(nameof(RoundInput.SecondReviewerUserId), Input.SecondReviewerUserId, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var regionId = await db.Departments.Where(d => d.Id == Input.DepartmentIds[0]).Select(d => d.Offer!.RegionId).FirstAsync(ct);
        var roundId = Guid.NewGuid();
        var round = new MonitoringRound
        {
            Id = roundId,
            RegionId = regionId,
            Title = FormText.Clean(Input.Title)!,
            PeriodFrom = Input.PeriodFrom!.Value,
            PeriodTo = Input.PeriodTo!.Value,
            DueOn = Input.DueOn!.Value,
            CreatedByUserId = me.Id!.Value,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ReviewerUserId = Input.ReviewerUserId!.Value,
            SecondReviewerUserId = Input.SecondReviewerUserId,
            SecondSampleSize = Input.SecondReviewerUserId is null ? null : Input.SecondSampleSize,
            Departments = [.. Input.DepartmentIds.Distinct().Select(d => new RoundDepartment { RoundId = roundId, DepartmentId = d })],
        };
        db.MonitoringRounds.Add(round);
        audit.Add(AuditAction.Create, null, "Kvalitet: runde", $"runde: {round.Id}; afdelinger: {round.Departments.Count}");
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Runden er oprettet. Træk nu stikprøven.";
        return Redirect(Routes.Quality.Round(round.Id));
    }

    /// <summary>A reviewer is one of the offered users and can open plans in at least one chosen department.</summary>
    private async Task CheckReviewerAsync(string field, Guid? userId, CancellationToken ct)
    {
        if (userId is not { } id || ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0)
        {
            return;
        }

        var grants = Reviewers.Any(r => r.Value == id.ToString()) ? await UserGrants.LoadAsync(db, id, ct) : null;
        if (grants is null || !Input.DepartmentIds.Any(grants.VisibleDepartmentIds.Contains))
        {
            ModelState.AddModelError("Input." + field, "Vælg en bedømmer, der kan åbne planerne i de valgte afdelinger.");
        }
    }

    private async Task<IActionResult?> LoadOptionsAsync(CancellationToken ct)
    {
        var scope = await QualityScope.LoadAsync(db, me, ct);
        if (!scope.RunsAny)
        {
            return Forbid();
        }

        var ids = scope.RoundDepartments.ToArray();
        DepartmentOptions = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new RoundDepartmentName(d.Id, d.Name, d.OfferId, d.Offer!.Name)).ToListAsync(ct);
        // Who may review: the quality officers and leaders of these departments' offers (they open the /kvalitet pages).
        var offerIds = DepartmentOptions.Select(d => d.OfferId).Distinct().ToArray();
        var reviewerRoles = Enum.GetValues<StaffRole>().Where(QualityAccess.RunsRounds).ToArray();
        var users = await db.Memberships.AsNoTracking()
            .Where(m => offerIds.Contains(m.Department!.OfferId) && reviewerRoles.Contains(m.Role))
            .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName })
            .Distinct().ToListAsync(ct);
        var items = users.OrderBy(u => u.FullName, StringComparer.Create(ServiceRegistration.Danish, false))
            .Select(u => new SelectListItem(u.FullName, u.Id.ToString())).ToList();
        Reviewers = [new SelectListItem("Vælg bedømmer", string.Empty), .. items];
        SecondReviewers = [new SelectListItem("Ingen anden bedømmer", string.Empty), .. items];
        return null;
    }
}
