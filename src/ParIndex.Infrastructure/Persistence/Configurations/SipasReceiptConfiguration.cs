using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Surveys;

namespace ParIndex.Infrastructure.Persistence.Configurations;

/// <summary>The unique pair is the last guard against a second answer from one browser, even in a race.</summary>
internal sealed class SipasReceiptConfiguration : IEntityTypeConfiguration<SipasReceipt>
{
    public void Configure(EntityTypeBuilder<SipasReceipt> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TokenHash).HasMaxLength(SipasReceipt.HashLength);
        builder.HasIndex(r => new { r.LinkId, r.TokenHash }).IsUnique();
        builder.HasOne<SipasLink>().WithMany().HasForeignKey(r => r.LinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
