using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;
using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// The timeline's "Skrevet af" list: the staff who write notes on the citizen — the contact team
/// and the department's care workers and leaders (an offer head through the offer) — read in one
/// query from the memberships, never by going through the citizen's notes (ADR 0006). An author
/// chosen in the address who is no longer among them (a former colleague) is added by name, so
/// a bookmarked filter still shows whom it filters on.
/// </summary>
public static class DiaryAuthors
{
    public static async Task<IReadOnlyList<SelectListItem>> ListAsync(AppDbContext db, Citizen citizen, Guid? chosen, CancellationToken ct)
    {
        var citizenId = citizen.Id;
        var departmentId = citizen.DepartmentId;
        var offerId = citizen.Department!.OfferId;
        var staff = await db.Users.AsNoTracking()
            .Where(u => db.ContactTeamMembers.Any(m => m.CitizenId == citizenId && m.UserId == u.Id)
                        || db.Memberships.Any(m => m.UserId == u.Id
                                                   && ((m.DepartmentId == departmentId && (m.Role == StaffRole.CareWorker || m.Role == StaffRole.DepartmentHead))
                                                       || (m.Role == StaffRole.OfferHead && m.Department!.OfferId == offerId))))
            .Select(u => new { u.Id, u.FullName })
            .ToListAsync(ct);
        var authors = staff.Select(u => (u.Id, Name: u.FullName)).ToList();
        if (chosen is { } authorId && authors.All(a => a.Id != authorId))
        {
            // One note of theirs on this citizen names them (the author index finds it without reading the others).
            var name = await db.DiaryEntries.AsNoTracking().Where(e => e.AuthorId == authorId && e.CitizenId == citizenId)
                .Select(e => e.AuthorName).FirstOrDefaultAsync(ct);
            if (name is not null)
            {
                authors.Add((authorId, name));
            }
        }

        return [new("Alle", string.Empty), .. authors.OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
    }
}
