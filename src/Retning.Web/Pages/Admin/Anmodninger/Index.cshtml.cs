using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Anmodninger;

/// <summary>
/// Roles administrators asked for themselves, waiting for a second administrator (four-eyes). Another
/// administrator approves (the membership is made) or rejects; both are audited with the decision in
/// the same transaction. The one who asked sees the request but cannot decide it.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(Guid Id, Guid UserId, string UserName, StaffRole Role, string Place, DateTime RequestedUtc, bool MayDecide);

    public async Task OnGetAsync() => Rows = await PendingAsync(db, me.Id, HttpContext.RequestAborted);

    /// <summary>The waiting requests, oldest first (also counted on the admin front page).</summary>
    public static async Task<List<Row>> PendingAsync(AppDbContext db, Guid? reader, CancellationToken ct)
    {
        var rows = await db.RoleRequests.AsNoTracking().Where(r => r.DecidedUtc == null)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u.FullName })
            .Select(x => new { x.r, x.FullName, Offer = x.r.Department!.Offer!.Name, Department = x.r.Department.Name })
            .ToListAsync(ct);
        return [.. rows.OrderBy(x => x.r.RequestedUtc).Select(x => new Row(x.r.Id, x.r.UserId, x.FullName, x.r.Role,
            $"{x.Offer} – {x.Department}", x.r.RequestedUtc, reader is { } id && RoleGrantRules.MayDecide(x.r, id)))];
    }

    public Task<IActionResult> OnPostGodkendAsync(Guid requestId) => DecideAsync(requestId, approve: true);

    public Task<IActionResult> OnPostAfvisAsync(Guid requestId) => DecideAsync(requestId, approve: false);

    private async Task<IActionResult> DecideAsync(Guid requestId, bool approve)
    {
        var ct = HttpContext.RequestAborted;
        var request = await db.RoleRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return NotFound();
        }

        var deciderId = me.Id!.Value;
        if (!request.IsPending)
        {
            TempData["Success"] = "Anmodningen var allerede afgjort.";
            return Redirect(Routes.Admin.RoleRequests);
        }

        if (!RoleGrantRules.MayDecide(request, deciderId))
        {
            // Four-eyes: the one who asked (and would get the role) cannot decide it; the denial is audited.
            return Forbid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var detail = new AuditDetailBuilder().Key("bruger", request.UserId).Key("afdeling", request.DepartmentId).Key("rolle", request.Role)
            .Key("anmodet", request.RequestedById).Fact("anmodet", DanishTime.ToLocal(request.RequestedUtc).ToDanishDateTime());
        // Decided once: the update only takes a request that is still waiting, so two decisions at once cannot both win.
        var decided = await AdminAudit.InTransactionAsync(db, audit, async () =>
        {
            var taken = await db.RoleRequests.Where(r => r.Id == requestId && r.DecidedUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.DecidedUtc, now).SetProperty(r => r.DecidedById, deciderId).SetProperty(r => r.Approved, approve), ct);
            var alreadyHeld = await db.Memberships.AnyAsync(m => m.UserId == request.UserId && m.DepartmentId == request.DepartmentId && m.Role == request.Role, ct);
            if (taken == 1 && approve && !alreadyHeld)
            {
                await AccessStamps.RaiseForUserAsync(db, request.UserId, ct);
                db.Memberships.Add(new DepartmentMembership
                {
                    UserId = request.UserId, DepartmentId = request.DepartmentId, Role = request.Role,
                    GrantedUtc = now, GrantedById = request.RequestedById, ApprovedById = deciderId,
                });
            }

            return taken == 1;
        }, approve ? AuditAction.RoleGranted : AuditAction.RoleRequestRejected, AdminAudit.UserSubject, detail.ToString, ct);

        logger.LogInformation("Administrator {AdminId} {Decision} role request {RequestId}", deciderId, approve ? "approved" : "rejected", requestId);
        TempData["Success"] = !decided ? "Anmodningen var allerede afgjort."
            : approve ? $"Rollen {request.Role.Danish()} er givet. Afdelingens ledere ser den nye adgang på deres forside."
            : $"Anmodningen om rollen {request.Role.Danish()} er afvist.";
        return Redirect(Routes.Admin.RoleRequests);
    }
}
