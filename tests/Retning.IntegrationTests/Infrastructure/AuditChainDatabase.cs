using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Retning.Data;
using Retning.Data.Audit;
using Retning.Domain.Audit;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// A migrated database without the web app, for the audit chain tests: writes rows the way the app does (through
/// SaveChanges) and tampers with them the way someone with database access could (triggers dropped, raw SQL).
/// </summary>
internal sealed class AuditChainDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly DbContextOptions<AppDbContext> _options;
    private int _written;

    private AuditChainDatabase(TestDatabase database)
    {
        _database = database;
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(builder, new DatabaseSettings(database.Provider, database.ConnectionString, IsDefaultEmbedded: false));
        _options = builder.Options;
    }

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>A fresh database migrated up to <paramref name="migration"/> (null: all migrations).</summary>
    public static async Task<AuditChainDatabase> CreateAsync(string? migration = null)
    {
        var chain = new AuditChainDatabase(await TestDatabase.CreateAsync());
        await using var db = chain.Context();
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migration);
        return chain;
    }

    public AppDbContext Context() => new(_options, FixedCitizenScope.System, TimeProvider.System);

    /// <summary>Writes rows one save each, as responses do, with personal fields on some.</summary>
    public async Task WriteRowsAsync(int count)
    {
        await using var db = Context();
        for (var i = 0; i < count; i++)
        {
            db.AuditEntries.Add(Row(++_written));
            await db.SaveChangesAsync();
        }
    }

    public static AuditEntry Row(int n) => new()
    {
        AtUtc = DateTime.UtcNow, UserId = Guid.NewGuid(), UserName = $"bruger{n % 3}@retning.dk", Action = AuditAction.Read,
        CitizenId = n % 2 == 0 ? Guid.NewGuid() : null, Subject = $"Borger: række {n}", Detail = n % 3 == 0 ? null : $"side={n}",
        CorrelationId = $"corr-{n}",
    };

    public async Task<AuditChainReport> VerifyAsync(params AuditHead[] exportedHeads)
    {
        await using var db = Context();
        return await AuditChain.VerifyAsync(db, exportedHeads, CancellationToken.None);
    }

    public async Task<AuditHead> HeadAsync()
    {
        await using var db = Context();
        return await AuditChain.HeadAsync(db, CancellationToken.None);
    }

    public async Task<List<AuditEntry>> RowsAsync()
    {
        await using var db = Context();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Runs SQL as an attacker with full database access: the append-only triggers are dropped first.</summary>
    public async Task TamperAsync(FormattableString sql)
    {
        await using var db = Context();
        await db.Database.ExecuteSqlRawAsync(DropTriggersSql(Provider));
        await db.Database.ExecuteSqlAsync(sql);
    }

    /// <summary>What an attacker with database access does first: drop the append-only triggers.</summary>
    public static string DropTriggersSql(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? """DROP TRIGGER IF EXISTS "AuditEntries_no_update" ON "AuditEntries"; DROP TRIGGER IF EXISTS "AuditEntries_append_only" ON "AuditEntries";"""
        : """DROP TRIGGER IF EXISTS "AuditEntries_no_update"; DROP TRIGGER IF EXISTS "AuditEntries_no_delete";""";

    /// <summary>Writes the attacker's version of a row's chain columns (and its subject) straight into the table.</summary>
    public Task OverwriteAsync(AuditEntry row) => TamperAsync(
        $"""UPDATE "AuditEntries" SET "Subject" = {row.Subject}, "Sequence" = {row.Sequence}, "Hash" = {row.Hash}, "PersonalDigest" = {row.PersonalDigest} WHERE "Id" = {row.Id}""");

    public Task SetStoredHeadAsync(AuditHead head) => TamperAsync(
        $"""UPDATE "AuditChainHead" SET "Sequence" = {head.Sequence}, "Hash" = {head.Hash} WHERE "Id" = 1""");

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
