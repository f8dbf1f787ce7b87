using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Notices;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class UserNoticeConfiguration : IEntityTypeConfiguration<UserNotice>
{
    public void Configure(EntityTypeBuilder<UserNotice> builder)
    {
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(Notice.MaxTextLength);
        builder.Property(n => n.Link).HasMaxLength(300);
    }
}
