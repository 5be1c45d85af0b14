using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Retning.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=retning_design;Username=postgres;Password=postgres", IsDefaultEmbedded: false));
        return new AppDbContext(options.Options, FixedCitizenScope.System, TimeProvider.System);
    }
}
