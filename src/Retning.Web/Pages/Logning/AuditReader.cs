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
        var users = entries.Where(e => e.UserId is not null).Select(e => (AuditReference.User, e.UserId!.Value));
        var named = await AuditNames.LoadAsync(db, visibleDepartments,
            entries.SelectMany(e => AuditDetailText.Ids(AuditDetailText.Parse(e.Detail))).Concat(users), ct);
        var rows = entries.Select(e =>
        {
            // The user's name where the reader's departments know them; the stored login name (the evidence) stays beside it.
            var fullName = e.UserId is { } userId ? named(AuditReference.User, userId) : null;
            return new AuditRow(e.AtUtc, fullName ?? e.UserName, e.Action, e.CitizenId,
                e.CitizenId is { } id && names.TryGetValue(id, out var name) ? name : null, e.Subject,
                AuditDetailText.Render(e.Detail, named), e.CorrelationId, fullName is null ? null : e.UserName);
        }).ToList();
        return (rows, paging);
    }
}
