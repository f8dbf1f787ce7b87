using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationPeriodConfiguration : IEntityTypeConfiguration<EvaluationPeriod>
{
    public void Configure(EntityTypeBuilder<EvaluationPeriod> builder)
    {
        builder.ToTable("EvaluationPeriods");
        builder.HasIndex(p => p.Year).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(EvaluationPeriod.MaxNameLength);
        builder.Property(p => p.TieBreakDomainCode).HasMaxLength(FrameworkNode.MaxCodeLength);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(32);

        builder.OwnsMany(p => p.Frameworks, f =>
        {
            f.ToTable("PeriodFrameworks");
            f.WithOwner().HasForeignKey(x => x.PeriodId);
            f.HasKey(x => new { x.PeriodId, x.BlockId });
            f.HasOne<Block>().WithMany().HasForeignKey(x => x.BlockId).OnDelete(DeleteBehavior.Restrict);
            f.HasOne<Framework>().WithMany().HasForeignKey(x => x.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.Frameworks).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Bands, b =>
        {
            b.ToTable("ClassificationBands");
            b.WithOwner().HasForeignKey(x => x.PeriodId);
            b.HasKey(x => x.Id);
            b.Property(x => x.Classification).HasConversion<string>().HasMaxLength(16);
            b.HasOne<Block>().WithMany().HasForeignKey(x => x.BlockId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.Bands).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Periods created before the rule was configurable keep the regulation's "more than half". The sentinel is a
        // value never stored, so EF always writes the period's own value (a quorum of 0 included).
        builder.Property(p => p.CouncilQuorumPercent).HasDefaultValue(CouncilApproval.DefaultPercent).HasSentinel(-1);
        builder.Property(p => p.CouncilMajorityPercent).HasDefaultValue(CouncilApproval.DefaultPercent).HasSentinel(-1);
        builder.OwnsOne(p => p.CouncilApproval, c =>
        {
            c.Property(x => x.DecisionNumber).HasMaxLength(TextLimits.DocumentNumber);
            c.Property(x => x.Notes).HasMaxLength(TextLimits.Notes);
        });
    }
}
