using Microsoft.EntityFrameworkCore;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// The model and the migrations of each provider agree: a change to an entity or its
/// configuration without a migration in both projects fails here, not at a customer's start-up
/// (docs/adr/0001: one migrations project per provider).
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_hold_every_model_change()
    {
        using var db = new Retning.Data.Sqlite.DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a SQLite migration: run 'dotnet ef migrations add' (README).");
    }

    [Fact]
    public void The_PostgreSQL_migrations_hold_every_model_change()
    {
        using var db = new Retning.Data.Postgres.DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a PostgreSQL migration: run 'dotnet ef migrations add' (README).");
    }
}
