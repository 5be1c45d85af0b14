using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.ApiClients;
using Retning.Domain.Organisation;

namespace Retning.Data.Configurations;

/// <summary>The API clients (docs/adr/0017): the one source of truth the token endpoint and every call check.</summary>
public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("ApiClients");
        b.Property(x => x.ClientId).HasMaxLength(TextLimits.Code);
        b.HasIndex(x => x.ClientId).IsUnique();
        b.Property(x => x.Name).HasMaxLength(ApiClient.MaxName);
        b.Property(x => x.Description).HasMaxLength(ApiClient.MaxDescription);
        b.Property(x => x.SecretHash).HasMaxLength(200);
        b.Property(x => x.Rights).HasConversion<int>();
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.ChangedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Departments).WithOne().HasForeignKey(d => d.ApiClientId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApiClientDepartmentConfiguration : IEntityTypeConfiguration<ApiClientDepartment>
{
    public void Configure(EntityTypeBuilder<ApiClientDepartment> b)
    {
        b.ToTable("ApiClientDepartments");
        b.HasKey(x => new { x.ApiClientId, x.DepartmentId });
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DepartmentId);
    }
}
