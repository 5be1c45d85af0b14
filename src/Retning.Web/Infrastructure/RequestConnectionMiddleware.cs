using System.Data.Common;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Opens the request's database connection once, so every query of the request runs on it: EF
/// otherwise takes a connection from the pool and gives it back around each query (on PostgreSQL
/// each give-back costs a reset of the session). The connection holds no lock between queries (SQLite
/// in WAL mode locks only inside a statement or transaction). Background jobs and operator commands
/// make their own DbContexts and are not affected (docs/adr/0012-database-connections-and-query-shapes.md).
/// </summary>
public sealed class RequestConnectionMiddleware(RequestDelegate next, ILogger<RequestConnectionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db)
    {
        // A database that cannot be reached now leaves the request as it was without this middleware:
        // EF opens per query and fails where it did, and /health still answers "Unhealthy".
        var opened = false;
        try
        {
            await db.Database.OpenConnectionAsync(context.RequestAborted);
            opened = true;
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "The request's database connection could not be opened; EF opens one per query.");
        }

        try
        {
            await next(context);
        }
        finally
        {
            // Back to the pool as soon as the response is written, not when the request scope ends.
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
