using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Logning;

/// <summary>
/// Reads a page of audit rows and resolves, for the reader, the citizens' names and the ids and
/// criteria in the details (batched per page); the stored rows stay as they are.
/// </summary>
public static class AuditReader
{
    public const int PageSize = 50;

    public static async Task<(IReadOnlyList<AuditRow> Rows, Paging Paging)> PageAsync(
        AppDbContext db, IReadOnlySet<Guid> visibleDepartments, IQueryable<AuditEntry> query, int page, CancellationToken ct)
    {
        var paging = Paging.Of(page, PageSize, await query.CountAsync(ct));
        var entries = await query.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(paging.Skip).Take(PageSize).AsNoTracking().ToListAsync(ct);
        var citizenIds = entries.Where(e => e.CitizenId is not null).Select(e => e.CitizenId!.Value).Distinct().ToList();
        // Through the scoped Citizens set: a citizen outside the reader's departments stays unnamed.
        var names = await db.Citizens.Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName })
            .ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var named = await AuditNames.LoadAsync(db, visibleDepartments,
            entries.SelectMany(e => AuditDetailText.Ids(AuditDetailText.Parse(e.Detail))), ct);
        var rows = entries.Select(e => new AuditRow(e.AtUtc, e.UserName, e.Action, e.CitizenId,
            e.CitizenId is { } id && names.TryGetValue(id, out var name) ? name : null, e.Subject,
            AuditDetailText.Render(e.Detail, named), e.CorrelationId)).ToList();
        return (rows, paging);
    }
}
