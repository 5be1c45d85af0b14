namespace Retning.Web.Infrastructure;

/// <summary>
/// Logs every 403 and 404 with the user and the path. Paths carry only ids, never names or
/// CPR numbers, so the log holds no citizen data.
/// </summary>
public sealed class DeniedAccessLoggingMiddleware(RequestDelegate next, ILogger<DeniedAccessLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser user)
    {
        await next(context);
        var status = context.Response.StatusCode;
        // The error page re-runs the request; the denial was logged on the first pass.
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
        {
            logger.LogWarning("Access denied: {Status} for user {UserId} on {Method} {Path}",
                status, user.Id?.ToString() ?? "anonymous", context.Request.Method, context.Request.Path.Value);
        }
    }
}
