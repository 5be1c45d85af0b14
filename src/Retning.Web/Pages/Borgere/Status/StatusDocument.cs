using Retning.Domain.Citizens;
using Retning.Domain.Status;
using Retning.Web.Services.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>
/// A status as a document (print view, DOCX, PDF): the status and its content — the approved
/// revision (?udgave=n, or the current one once approved) or the draft as it stands.
/// </summary>
public sealed record StatusDocument(StatusReport Report, StatusContent Content, bool Frozen)
{
    /// <summary>The citizen with the department and offer the status's sender block names (pass as the load's include).</summary>
    public static IQueryable<Citizen> WithOffer(IQueryable<Citizen> citizens) => citizens.Include(c => c.Department!).ThenInclude(d => d.Offer);

    /// <summary>The citizen's status and its content; null when either is not there (the page answers 404).</summary>
    public static async Task<StatusDocument?> LoadAsync(AppDbContext db, StatusService statuses, Citizen citizen, Guid statusId, int? revision, CancellationToken ct)
    {
        var report = await StatusLoader.FindAsync(db, citizen.Id, statusId, tracked: false, ct);
        if (report is null || await statuses.ContentAsync(citizen, report, revision, ct) is not { } content)
        {
            return null;
        }

        return new StatusDocument(report, content.Content, content.Frozen);
    }
}
