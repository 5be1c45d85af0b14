using Retning.Domain.Consents;

namespace Retning.Web.Services.Consents;

/// <summary>
/// Reading consents without their scanned documents (up to 10 MB each): lists, the disclosure
/// rules and the edit form need the facts only. <see cref="Consent.DocumentName"/> tells whether a
/// document is attached; only the download reads the bytes.
/// </summary>
public static class ConsentQueries
{
    /// <summary>The citizen's consents, newest given first, untracked and without document bytes.</summary>
    public static Task<List<Consent>> ListAsync(AppDbContext db, Guid citizenId, CancellationToken ct) =>
        WithoutDocument(db.Consents.Where(c => c.CitizenId == citizenId))
            .OrderByDescending(c => c.GivenOn).ThenByDescending(c => c.CreatedUtc)
            .ToListAsync(ct);

    /// <summary>One consent of the citizen, untracked and without document bytes; null when it is not the citizen's.</summary>
    public static Task<Consent?> FindAsync(AppDbContext db, Guid citizenId, Guid consentId, CancellationToken ct) =>
        WithoutDocument(db.Consents.Where(c => c.CitizenId == citizenId && c.Id == consentId)).FirstOrDefaultAsync(ct);

    private static IQueryable<Consent> WithoutDocument(IQueryable<Consent> consents) => consents.AsNoTracking().Select(c => new Consent
    {
        Id = c.Id, CitizenId = c.CitizenId, Scope = c.Scope, Description = c.Description, GivenBy = c.GivenBy, GivenByName = c.GivenByName,
        GivenOn = c.GivenOn, ValidFrom = c.ValidFrom, ValidTo = c.ValidTo, ReviewOn = c.ReviewOn, WithdrawnOn = c.WithdrawnOn,
        WithdrawnNote = c.WithdrawnNote, DocumentName = c.DocumentName, DocumentContentType = c.DocumentContentType, Document = null,
        RecordedBy = c.RecordedBy, CreatedUtc = c.CreatedUtc, UpdatedUtc = c.UpdatedUtc, Version = c.Version,
    });
}
