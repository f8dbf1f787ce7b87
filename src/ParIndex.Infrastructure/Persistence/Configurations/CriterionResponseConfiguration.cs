using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class CriterionResponseConfiguration : IEntityTypeConfiguration<CriterionResponse>
{
    public void Configure(EntityTypeBuilder<CriterionResponse> builder)
    {
        builder.HasIndex(r => new { r.AssessmentId, r.NodeId }).IsUnique();
        builder.Property(r => r.Inputs).HasMaxLength(8000);
        builder.Property(r => r.Explanation).HasMaxLength(CriterionResponse.MaxExplanationLength);
        builder.Property(r => r.AppraisalComment).HasMaxLength(CriterionResponse.MaxExplanationLength);
        builder.Property(r => r.NotApplicableReason).HasMaxLength(CriterionResponse.MaxNotApplicableReasonLength);
        builder.Property(r => r.Round1Comment).HasMaxLength(CriterionResponse.MaxExplanationLength);
        builder.Property(r => r.Round2Comment).HasMaxLength(CriterionResponse.MaxExplanationLength);
        builder.Property(r => r.ExplanationQuestion).HasMaxLength(CriterionResponse.MaxExplanationLength);
        builder.Property(r => r.ExplanationAnswer).HasMaxLength(CriterionResponse.MaxExplanationLength);
        builder.Property(r => r.DataSource).HasMaxLength(200);
        builder.HasOne<FrameworkNode>().WithMany().HasForeignKey(r => r.NodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
