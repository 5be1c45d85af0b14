using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data.Operations;

namespace Retning.Data;

/// <summary>The settings that choose and locate the database.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool IsDefaultEmbedded)
{
    /// <summary>
    /// Reads <c>Database:Provider</c> (Sqlite | Postgres) and <c>ConnectionStrings:Retning</c>.
    /// Without a connection string SQLite uses <c>{Data:Folder}/retning.db</c> (default <c>data/</c>).
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider '{providerText}' is unknown. Use Sqlite or Postgres.");
        }

        var connectionString = configuration.GetConnectionString("Retning");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                PrepareSqliteFile(connectionString);
            }

            return new DatabaseSettings(provider, connectionString, IsDefaultEmbedded: false);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Retning is empty.");
        }

        var folder = Path.GetFullPath(configuration["Data:Folder"] ?? "data");
        var file = Path.Combine(folder, "retning.db");
        DataFolder.Prepare(file);
        return new DatabaseSettings(provider, $"Data Source={file}", IsDefaultEmbedded: true);
    }

    /// <summary>A file database gets its owner-only folder and file before SQLite creates them with the process umask.</summary>
    private static void PrepareSqliteFile(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            DataFolder.Prepare(builder.DataSource);
        }
    }
}

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "Retning.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Retning.Data.Postgres";

    public static IServiceCollection AddRetningDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        // The options depend on the settings only: built once, not for every request's context (a measurable share
        // of a page's allocations, bench/README.md). The context itself stays per request (its citizen scope).
        services.AddDbContext<AppDbContext>(options => Configure(options, settings), optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>
    /// A list in a query (<c>ids.Contains(x.Id)</c>, the scoping filter's departments) is one
    /// parameter: <c>IN (SELECT value FROM json_each(@ids))</c> on SQLite, <c>= ANY (@ids)</c> on
    /// PostgreSQL. EF 10's default (one parameter per element, padded) makes EF generate the SQL
    /// again on every execution; one parameter keeps one cached SQL text per query
    /// (docs/adr/0012-database-connections-and-query-shapes.md).
    /// </summary>
    public const ParameterTranslationMode ListParameters = ParameterTranslationMode.Parameter;

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).UseParameterizedCollectionMode(ListParameters))
                       .AddInterceptors(new SqliteDurabilityInterceptor());
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).UseParameterizedCollectionMode(ListParameters));
                break;
        }
    }
}
