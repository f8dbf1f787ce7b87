using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class UnitMergeConfiguration : IEntityTypeConfiguration<UnitMerge>
{
    public void Configure(EntityTypeBuilder<UnitMerge> builder)
    {
        builder.Property(m => m.DecisionReference).HasMaxLength(UnitMerge.MaxDecisionLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.PredecessorUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.SuccessorUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.PredecessorUnitId).IsUnique();
    }
}
