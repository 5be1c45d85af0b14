using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Identity;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Domain.Common;
using Retning.Domain.Organisation;

namespace Retning.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options, ICitizenScope scope, TimeProvider clock)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<DepartmentMembership> Memberships => Set<DepartmentMembership>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Representative> Representatives => Set<Representative>();
    public DbSet<ContactTeamMember> ContactTeamMembers => Set<ContactTeamMember>();
    public DbSet<DepartmentPlacement> Placements => Set<DepartmentPlacement>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters; EF evaluates these per query, so one model serves every user.
    private bool ScopeUnrestricted => scope.Unrestricted;
    private Guid[] ScopeDepartments => scope.DepartmentIds;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<Citizen>().HasQueryFilter(c => ScopeUnrestricted || ScopeDepartments.Contains(c.DepartmentId));
        builder.Entity<Representative>().HasQueryFilter(r =>
            ScopeUnrestricted || Citizens.Any(c => c.Id == r.CitizenId));
        builder.Entity<ContactTeamMember>().HasQueryFilter(m =>
            ScopeUnrestricted || Citizens.Any(c => c.Id == m.CitizenId));
        builder.Entity<DepartmentPlacement>().HasQueryFilter(p =>
            ScopeUnrestricted || Citizens.Any(c => c.Id == p.CitizenId));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Bumps concurrency versions, stamps citizens and keeps the audit log append-only.</summary>
    private void BeforeSave()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }

            if (entry.Entity is Citizen citizen)
            {
                citizen.SearchName = $"{citizen.FirstName} {citizen.LastName}".ToLowerInvariant();
                if (entry.State == EntityState.Added)
                {
                    citizen.CreatedUtc = now;
                    citizen.UpdatedUtc = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    citizen.UpdatedUtc = now;
                }
            }
        }
    }
}
