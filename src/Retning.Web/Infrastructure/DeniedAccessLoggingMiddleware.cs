using System.Text.RegularExpressions;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Logs every 403 and 404 with the user and the path, and audits the denial of a signed-in user
/// (docs/adr/0003) when the page did not write a row of its own: a care worker opening /admin/…,
/// or an id of another department or offer inside an admin or citizen address. Paths carry only
/// ids, never names or CPR numbers, so neither the log nor the audit row holds citizen data.
/// </summary>
public sealed partial class DeniedAccessLoggingMiddleware(RequestDelegate next, ILogger<DeniedAccessLoggingMiddleware> logger)
{
    public const string ForbiddenSubject = "Adgang nægtet: side";
    public const string NotFoundSubject = "Adgang nægtet: ukendt eller fremmed id";

    public async Task InvokeAsync(HttpContext context, CurrentUser user, AuditLog audit, AppDbContext db)
    {
        await next(context);
        var status = context.Response.StatusCode;
        // The error page re-runs the request; the denial was logged on the first pass.
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (reExecuted || status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound))
        {
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        logger.LogWarning("Access denied: {Status} for user {UserId} on {Method} {Path}",
            status, user.Id?.ToString() ?? "anonymous", context.Request.Method, path);
        if (!user.IsAuthenticated || audit.HasWritten)
        {
            return;
        }

        try
        {
            // A 404 is an attempt on someone's data at an admin page, or when an id in the address exists but lies
            // outside the user's departments; an unknown id or a mistyped address is not (docs/adr/0002: no hint either way).
            var audited = status == StatusCodes.Status403Forbidden || path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase)
                || await HasForeignIdAsync(db, path, context.RequestAborted);
            if (!audited)
            {
                return;
            }

            // Whatever the refused handler may have tracked is not part of the denial's row.
            db.ChangeTracker.Clear();
            var ct = context.RequestAborted;
            var citizenId = await CitizenInAsync(db, path, ct);
            var detail = new AuditDetailBuilder().Key("sti", path).Key("metode", context.Request.Method).Key("svar", status).ToString();
            await audit.RecordAsync(AuditAction.Denied, citizenId, status == StatusCodes.Status403Forbidden ? ForbiddenSubject : NotFoundSubject, detail, ct);
        }
        catch (Exception e) when (e is DbUpdateException or OperationCanceledException or InvalidOperationException)
        {
            // The denial stands (the response is already decided); the app log keeps the trace.
            logger.LogError(e, "Could not audit the denial for user {UserId} on {Path}", user.Id, path);
        }
    }

    /// <summary>True when an id in the address is a citizen's record that exists but the user's department scoping hides.</summary>
    private static async Task<bool> HasForeignIdAsync(AppDbContext db, string path, CancellationToken ct)
    {
        foreach (var id in AnyId().Matches(path).Select(m => Guid.Parse(m.Value)).Distinct().Take(3))
        {
            if (await HiddenAsync(db.Citizens, id, ct) || await HiddenAsync(db.Goals, id, ct) || await HiddenAsync(db.DiaryEntries, id, ct)
                || await HiddenAsync(db.StatusReports, id, ct) || await HiddenAsync(db.StatusMeetings, id, ct) || await HiddenAsync(db.Evaluations, id, ct)
                || await HiddenAsync(db.Consents, id, ct) || await HiddenAsync(db.Disclosures, id, ct) || await HiddenAsync(db.RoundSamples, id, ct))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> HiddenAsync<T>(IQueryable<T> scoped, Guid id, CancellationToken ct) where T : class =>
        await scoped.IgnoreQueryFilters().AnyAsync(e => EF.Property<Guid>(e, "Id") == id, ct) && !await scoped.AnyAsync(e => EF.Property<Guid>(e, "Id") == id, ct);

    /// <summary>The citizen whose address was asked for (/borgere/{id}…, /opgaver/{id}…, a sampled plan's /kvalitet/…/{sampleId}), when such a citizen exists.</summary>
    private static async Task<Guid?> CitizenInAsync(AppDbContext db, string path, CancellationToken ct)
    {
        if (SamplePath().Match(path) is { Success: true } sample && Guid.TryParse(sample.Groups["id"].Value, out var sampleId))
        {
            return await db.RoundSamples.IgnoreQueryFilters().Where(s => s.Id == sampleId).Select(s => (Guid?)s.CitizenId).FirstOrDefaultAsync(ct);
        }

        var match = CitizenPath().Match(path);
        if (!match.Success || !Guid.TryParse(match.Groups["id"].Value, out var id))
        {
            return null;
        }

        return await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.Id == id, ct) ? id : null;
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex AnyId();

    [GeneratedRegex(@"^/(borgere|opgaver)/(?<id>[0-9a-fA-F-]{36})(/|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitizenPath();

    /// <summary>A sampled plan's review or interview (Routes.Quality.Review, Interview): the sample names the citizen.</summary>
    [GeneratedRegex(@"^/kvalitet/[0-9a-fA-F-]{36}/(gennemgang|samtale)/(?<id>[0-9a-fA-F-]{36})(/|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SamplePath();
}
