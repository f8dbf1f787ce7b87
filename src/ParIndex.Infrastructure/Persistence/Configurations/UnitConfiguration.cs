using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(Unit.MaxCodeLength);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(Unit.MaxNameLength);
        builder.Property(u => u.ShortName).HasMaxLength(Unit.MaxNameLength);
        builder.HasOne<Block>().WithMany().HasForeignKey(u => u.BlockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.MergedIntoUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.BlockId, u.IsActive });
    }
}
