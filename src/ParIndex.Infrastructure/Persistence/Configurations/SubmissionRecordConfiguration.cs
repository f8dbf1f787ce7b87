using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionRecordConfiguration : IEntityTypeConfiguration<SubmissionRecord>
{
    public void Configure(EntityTypeBuilder<SubmissionRecord> builder)
    {
        // No foreign key to Assessment: its query filter would hide the history of a unit closed by a merge.
        builder.HasIndex(r => new { r.AssessmentId, r.AtUtc });
        builder.Property(r => r.ByName).HasMaxLength(TextLimits.PersonOrBody);
        builder.Property(r => r.Reason).HasMaxLength(SubmissionRecord.MaxReasonLength);
    }
}
