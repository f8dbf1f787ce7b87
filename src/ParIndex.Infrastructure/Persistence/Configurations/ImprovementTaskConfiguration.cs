using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class ImprovementTaskConfiguration : IEntityTypeConfiguration<ImprovementTask>
{
    public void Configure(EntityTypeBuilder<ImprovementTask> builder)
    {
        builder.HasIndex(t => new { t.PeriodId, t.UnitId });
        builder.HasIndex(t => t.UnitId);
        builder.Property(t => t.CriterionCode).HasMaxLength(FrameworkNode.MaxCodeLength);
        builder.Property(t => t.Title).HasMaxLength(ImprovementTask.MaxTitleLength);
        builder.Property(t => t.Action).HasMaxLength(ImprovementTask.MaxActionLength);
        builder.Property(t => t.Owner).HasMaxLength(ImprovementTask.MaxOwnerLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(t => t.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FrameworkNode>().WithMany().HasForeignKey(t => t.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Notes).WithOne().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
