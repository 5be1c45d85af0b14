namespace Retning.Web.Pages.Admin;

/// <summary>
/// An administrator's change and its audit row in one database transaction. ASP.NET Identity's
/// UserManager (and ExecuteUpdate/ExecuteDelete) save on their own; inside this transaction their
/// saves and the audit row commit together, or, when the change reports failure or throws, none does.
/// </summary>
public static class AdminAudit
{
    /// <summary>
    /// Runs <paramref name="change"/>; when it returns true, adds the audit row and commits. When it
    /// returns false (nothing to do, or a refusal such as a password rule), everything is rolled back.
    /// </summary>
    public static async Task<bool> InTransactionAsync(AppDbContext db, AuditLog audit, Func<Task<bool>> change,
        AuditAction action, string subject, Func<string> detail, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await change())
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        audit.Add(action, null, subject, detail());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public const string UserSubject = "Administration: bruger";
    public const string OfferSubject = "Administration: tilbud";
    public const string DepartmentSubject = "Administration: afdeling";
    public const string TemplateSubject = "Administration: skabelon";
    public const string ScaleSubject = "Administration: skala";
    public const string DiaryListsSubject = "Administration: dagbogens lister";
    public const string PurposeCategoriesSubject = "Administration: formålskategorier";
    public const string FfbSubject = "Administration: FFB-koder";
    public const string ApiClientSubject = "Administration: API-klient";
}
