using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Notices;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => new { e.SentAtUtc, e.NextAttemptAtUtc });
        builder.Property(e => e.Key).HasMaxLength(200);
        builder.Property(e => e.To).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Body).HasMaxLength(OutboxEmail.MaxBodyLength);
        builder.Property(e => e.LastError).HasMaxLength(500);
    }
}
