using Microsoft.Extensions.Diagnostics.HealthChecks;
using Retning.Data.Operations;

namespace Retning.Web.Infrastructure;

/// <summary>
/// /health answers Healthy only when the database can be read AND written: a read-only file, a
/// full disk or a read-only transaction mode fails the one-row write probe (bumping
/// <see cref="HealthProbe.Beats"/> in its own transaction), where a read alone would pass.
/// </summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Databasen svarer ikke.");
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Databasen svarer ikke.", ex);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var written = await db.HealthProbes.Where(p => p.Id == HealthProbe.RowId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Beats, p => p.Beats + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return written == 1
                ? HealthCheckResult.Healthy("Databasen svarer og kan skrives.")
                : HealthCheckResult.Unhealthy("Databasens skrivetest fandt ikke sin række (HealthProbe).");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Databasen kan læses, men ikke skrives (fuld disk eller skrivebeskyttet).", ex);
        }
    }
}
