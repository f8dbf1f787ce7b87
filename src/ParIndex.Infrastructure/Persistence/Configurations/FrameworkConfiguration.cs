using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(Framework.MaxCodeLength);
        builder.HasIndex(f => new { f.Code, f.Version }).IsUnique();
        builder.Property(f => f.Name).HasMaxLength(Framework.MaxNameLength);
        builder.Property(f => f.LegalBasis).HasMaxLength(Framework.MaxNameLength);
        builder.Property(f => f.BlockKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(f => f.Nodes).WithOne().HasForeignKey(n => n.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Nodes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
