using Microsoft.Extensions.Diagnostics.HealthChecks;
using Retning.Data;

namespace Retning.Web.Infrastructure;

/// <summary>/health answers Healthy only when the database answers a query.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Databasen svarer.")
                : HealthCheckResult.Unhealthy("Databasen svarer ikke.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Databasen svarer ikke.", ex);
        }
    }
}
