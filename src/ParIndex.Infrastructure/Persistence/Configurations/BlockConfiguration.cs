using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> builder)
    {
        builder.Property(b => b.Code).HasMaxLength(Block.MaxCodeLength);
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(Block.MaxNameLength);
        builder.Property(b => b.NameEn).HasMaxLength(Block.MaxNameLength);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
