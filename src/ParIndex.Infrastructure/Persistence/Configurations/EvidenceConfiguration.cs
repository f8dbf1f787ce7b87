using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("Evidence");
        builder.HasIndex(e => new { e.UnitId, e.PeriodId });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Title).HasMaxLength(Evidence.MaxTitleLength);
        builder.Property(e => e.OriginalFileName).HasMaxLength(Evidence.MaxFileNameLength);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.StorageKey).HasMaxLength(200);
        builder.Property(e => e.DocumentNumber).HasMaxLength(TextLimits.DocumentNumber);
        builder.Property(e => e.Issuer).HasMaxLength(TextLimits.PersonOrBody);
        builder.Property(e => e.Url).HasMaxLength(TextLimits.Url);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
