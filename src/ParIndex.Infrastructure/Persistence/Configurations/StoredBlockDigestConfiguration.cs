using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Application.Dashboards;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class StoredBlockDigestConfiguration : IEntityTypeConfiguration<StoredBlockDigest>
{
    public void Configure(EntityTypeBuilder<StoredBlockDigest> builder)
    {
        builder.ToTable("BlockDigests");
        builder.HasIndex(d => new { d.PeriodId, d.BlockId }).IsUnique();
        builder.HasOne<Domain.Periods.EvaluationPeriod>().WithMany().HasForeignKey(d => d.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Units.Block>().WithMany().HasForeignKey(d => d.BlockId).OnDelete(DeleteBehavior.Cascade);
    }
}
