using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;

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
        // A 404 without an id in its address is a mistyped address, not an attempt on someone's data.
        var audited = user.IsAuthenticated && !audit.HasWritten
            && (status == StatusCodes.Status403Forbidden || path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) || AnyId().IsMatch(path + context.Request.QueryString));
        if (!audited)
        {
            return;
        }

        try
        {
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

    /// <summary>The citizen whose address was asked for (/borgere/{id}…, /opgaver/{id}…), when such a citizen exists.</summary>
    private static async Task<Guid?> CitizenInAsync(AppDbContext db, string path, CancellationToken ct)
    {
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
}
