using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SurveyWaiverConfiguration : IEntityTypeConfiguration<SurveyWaiver>
{
    public void Configure(EntityTypeBuilder<SurveyWaiver> builder)
    {
        builder.Property(w => w.Reason).HasMaxLength(SurveyWaiver.MaxReasonLength);
        builder.HasIndex(w => new { w.PeriodId, w.NodeId });
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(w => w.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkNode>().WithMany().HasForeignKey(w => w.NodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
