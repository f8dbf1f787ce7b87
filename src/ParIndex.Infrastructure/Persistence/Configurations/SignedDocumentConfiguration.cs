using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SignedDocumentConfiguration : IEntityTypeConfiguration<SignedDocument>
{
    public void Configure(EntityTypeBuilder<SignedDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(SignedDocument.MaxFileNameLength);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.StorageKey).HasMaxLength(200);
        // One signed file per approval (owner: the period) or per publication version (owner: the publication).
        builder.HasIndex(d => new { d.OwnerId, d.Kind }).IsUnique();
        builder.HasIndex(d => d.PeriodId);
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(d => d.PeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}
