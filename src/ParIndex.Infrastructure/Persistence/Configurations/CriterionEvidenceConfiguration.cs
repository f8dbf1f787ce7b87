using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Assessments;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class CriterionEvidenceConfiguration : IEntityTypeConfiguration<CriterionEvidence>
{
    public void Configure(EntityTypeBuilder<CriterionEvidence> builder)
    {
        builder.HasKey(l => new { l.ResponseId, l.EvidenceId });
        builder.HasIndex(l => l.EvidenceId);
        builder.HasOne<CriterionResponse>().WithMany().HasForeignKey(l => l.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Evidence>().WithMany().HasForeignKey(l => l.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
