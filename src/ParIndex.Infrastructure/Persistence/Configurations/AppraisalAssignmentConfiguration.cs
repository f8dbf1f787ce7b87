using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class AppraisalAssignmentConfiguration : IEntityTypeConfiguration<AppraisalAssignment>
{
    public void Configure(EntityTypeBuilder<AppraisalAssignment> builder)
    {
        builder.HasIndex(a => new { a.PeriodId, a.InspectorUserId, a.UnitId, a.DomainNodeId }).IsUnique();
        builder.HasIndex(a => new { a.PeriodId, a.UnitId });
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FrameworkNode>().WithMany().HasForeignKey(a => a.DomainNodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
