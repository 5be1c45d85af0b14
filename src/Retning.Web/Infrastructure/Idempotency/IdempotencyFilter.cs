using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Retning.Data.Idempotency;

namespace Retning.Web.Infrastructure.Idempotency;

/// <summary>
/// Makes a create handler (<see cref="IdempotentAttribute"/>) run once per form key and user.
/// The key row is added to the page's DbContext before the handler runs, so the handler's own
/// SaveChanges commits it in the same transaction as the created item: either both exist or
/// neither. A repeat finds the row and gets the first answer's redirect; a concurrent repeat
/// collides with the unique index and gets the same. Requests without a key pass untouched.
/// </summary>
public sealed class IdempotencyFilter(AppDbContext db, CurrentUser user, TimeProvider clock) : IAsyncPageFilter
{
    /// <summary>How long a form key protects against a repeat.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(24);

    private const int LocationPolls = 40;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var key = KeyOf(context);
        if (key is null || user.Id is not { } userId)
        {
            await next();
            return;
        }

        if (await db.IdempotencyKeys.AnyAsync(k => k.UserId == userId && k.Key == key, context.HttpContext.RequestAborted))
        {
            context.Result = await ReplayAsync(context.HttpContext, userId, key.Value);
            return;
        }

        var row = db.IdempotencyKeys.Add(new IdempotencyKey
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Key = key.Value,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }).Entity;
        context.HttpContext.Features.Set(new PendingIdempotencyKey(row));

        var executed = await next();
        if (executed is { Exception: { } exception, ExceptionHandled: false } && IsKeyCollision(exception))
        {
            // A concurrent twin committed first: nothing of this request was saved.
            db.ChangeTracker.Clear();
            executed.ExceptionHandled = true;
            executed.Result = await ReplayAsync(context.HttpContext, userId, key.Value);
            return;
        }

        if (executed.Result is RedirectResult or LocalRedirectResult or RedirectToPageResult or RedirectToRouteResult or RedirectToActionResult)
        {
            if (db.Entry(row).State == EntityState.Added)
            {
                // The handler saved nothing, so nothing was created: a repeat may run again.
                db.Entry(row).State = EntityState.Detached;
                return;
            }

            if (row.Location is not null)
            {
                // The handler named its redirect before saving (IdempotentRedirect): stored with the item, in its transaction.
                return;
            }

            executed.Result = new LocationStoringResult(executed.Result, location => StoreLocationAsync(userId, key.Value, location));
        }
        else if (IsRejection(executed))
        {
            // A validation error or a denial created nothing, but the re-rendered page's own save
            // (its read audit row) may have committed the key with it: free the key again, so
            // the corrected form, sent with the same key, is created.
            await ReleaseAsync(row);
        }
    }

    private static bool IsRejection(PageHandlerExecutedContext executed) =>
        executed.Exception is null
        && ((executed.Result is PageResult && !executed.ModelState.IsValid)
            || executed.Result is ForbidResult or ChallengeResult or IStatusCodeActionResult { StatusCode: >= 400 });

    private async Task ReleaseAsync(IdempotencyKey row)
    {
        var committed = db.Entry(row).State != EntityState.Added;
        db.Entry(row).State = EntityState.Detached;
        if (committed)
        {
            await db.IdempotencyKeys.Where(k => k.Id == row.Id).ExecuteDeleteAsync(CancellationToken.None);
        }
    }

    private async Task StoreLocationAsync(Guid userId, Guid key, string location)
    {
        // Not the request's token: a client that went away is exactly the one that will retry.
        await db.IdempotencyKeys.Where(k => k.UserId == userId && k.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.Location, location), CancellationToken.None);
    }

    /// <summary>
    /// A retry comes within minutes; keys older than <see cref="KeyLifetime"/> protect nothing. The retention job
    /// deletes them (every few hours), so no create pays for the sweep.
    /// </summary>
    public static Task<int> SweepExpiredAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expired = nowUtc - KeyLifetime;
        return db.IdempotencyKeys.Where(k => k.CreatedUtc < expired).ExecuteDeleteAsync(ct);
    }

    private static Guid? KeyOf(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || !IsMarked(context))
        {
            return null;
        }

        return Guid.TryParse(request.Form[IdempotentAttribute.FieldName].ToString(), out var key) ? key : null;
    }

    private static bool IsMarked(PageHandlerExecutingContext context) =>
        context.HandlerMethod?.MethodInfo.IsDefined(typeof(IdempotentAttribute), inherit: true) == true
        || context.HandlerInstance.GetType().IsDefined(typeof(IdempotentAttribute), inherit: true);

    private static bool IsKeyCollision(Exception exception) =>
        exception is DbUpdateException { InnerException: { } inner }
        && inner.Message.Contains("IdempotencyKeys", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first POST's redirect. While that POST is still finishing its location is not yet
    /// stored, so wait for it briefly; failing that, back to the form's page (its GET).
    /// </summary>
    private async Task<IActionResult> ReplayAsync(HttpContext http, Guid userId, Guid key)
    {
        for (var poll = 0; poll < LocationPolls; poll++)
        {
            var location = await db.IdempotencyKeys.AsNoTracking()
                .Where(k => k.UserId == userId && k.Key == key)
                .Select(k => k.Location)
                .FirstOrDefaultAsync(CancellationToken.None);
            if (location is not null)
            {
                return new RedirectResult(location);
            }

            await Task.Delay(PollInterval, CancellationToken.None);
        }

        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query.Remove("handler");
        var builder = new QueryBuilder(query);
        return new LocalRedirectResult(http.Request.PathBase + http.Request.Path + builder.ToQueryString());
    }

    /// <summary>
    /// Runs the redirect, then stores where it pointed for the repeats to follow. Marked like
    /// the redirect it wraps, so TempData read in this request is kept for the next.
    /// </summary>
    private sealed class LocationStoringResult(IActionResult redirect, Func<string, Task> store) : IActionResult, Microsoft.AspNetCore.Mvc.ViewFeatures.IKeepTempDataResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            await redirect.ExecuteResultAsync(context);
            var location = context.HttpContext.Response.Headers.Location.ToString();
            if (location.Length is > 0 and <= IdempotencyKey.LocationMaxLength)
            {
                await store(location);
            }
        }
    }
}
