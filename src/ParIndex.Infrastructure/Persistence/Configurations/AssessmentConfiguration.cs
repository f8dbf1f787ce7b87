using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasIndex(a => new { a.PeriodId, a.UnitId }).IsUnique();
        builder.HasIndex(a => a.UnitId);

        // The block of that year's ranking (rows from before the column are filled from the unit's block at start-up,
        // AssessmentBlockBackfill); no foreign key, so adding the column to existing rows needs no table rebuild.
        builder.HasIndex(a => new { a.BlockId, a.PeriodId });
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Classification).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ResultSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ExtensionReason).HasMaxLength(TextLimits.Reason);
        builder.Property(a => a.ClosedReason).HasMaxLength(Assessment.MaxClosedReasonLength);

        // An assessment closed by a merge no longer counts anywhere; readers that need it ignore this filter by name.
        builder.HasQueryFilter(QueryFilters.CountingAssessments, a => a.State != AssessmentState.ClosedByMerge);
        builder.Property(a => a.ReportDifficulties).HasMaxLength(Assessment.MaxReportTextLength);
        builder.Property(a => a.ReportRecommendations).HasMaxLength(Assessment.MaxReportTextLength);
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Framework>().WithMany().HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Responses).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Responses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
