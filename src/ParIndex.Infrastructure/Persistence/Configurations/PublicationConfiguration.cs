using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        // One chain for the whole portal: a second publish racing for the same link fails on this index.
        builder.HasIndex(p => p.Sequence).IsUnique();
        builder.HasIndex(p => new { p.PeriodId, p.Version }).IsUnique();
        builder.Property(p => p.DecisionNumber).HasMaxLength(TextLimits.DocumentNumber);
        builder.Property(p => p.Signer).HasMaxLength(TextLimits.PersonOrBody);
        builder.Property(p => p.Reason).HasMaxLength(Publication.MaxReasonLength);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.PreviousSha256).HasMaxLength(64);
        builder.Property(p => p.Signature).HasMaxLength(2000);
        builder.Property(p => p.SigningKeyFingerprint).HasMaxLength(64);
        builder.Ignore(p => p.IsIntact);
        builder.Ignore(p => p.SignedText);
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(p => p.PeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
