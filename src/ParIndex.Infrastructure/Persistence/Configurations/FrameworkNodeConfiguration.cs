using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class FrameworkNodeConfiguration : IEntityTypeConfiguration<FrameworkNode>
{
    public void Configure(EntityTypeBuilder<FrameworkNode> builder)
    {
        builder.Property(n => n.Code).HasMaxLength(FrameworkNode.MaxCodeLength);
        builder.HasIndex(n => new { n.FrameworkId, n.Code }).IsUnique();
        builder.Property(n => n.Title).HasMaxLength(FrameworkNode.MaxTitleLength);
        builder.Property(n => n.TitleEn).HasMaxLength(FrameworkNode.MaxTitleLength);
        builder.Property(n => n.Guidance).HasMaxLength(FrameworkNode.MaxTextLength);
        builder.Property(n => n.EvidenceRequired).HasMaxLength(FrameworkNode.MaxTextLength);
        builder.Property(n => n.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.RuleType).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.WhenNothingToCount).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.RuleParameters).HasMaxLength(FrameworkNode.MaxTextLength);
        builder.HasOne<FrameworkNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
