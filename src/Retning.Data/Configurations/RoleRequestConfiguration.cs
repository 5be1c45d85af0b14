using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Organisation;

namespace Retning.Data.Configurations;

public sealed class RoleRequestConfiguration : IEntityTypeConfiguration<RoleRequest>
{
    public void Configure(EntityTypeBuilder<RoleRequest> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Identity.AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.DepartmentId);
        // The waiting list is read on every admin front page.
        b.HasIndex(x => x.DecidedUtc);
        b.Ignore(x => x.IsPending);
    }
}
