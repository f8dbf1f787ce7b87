using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Improvement;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class ImprovementNoteConfiguration : IEntityTypeConfiguration<ImprovementNote>
{
    public void Configure(EntityTypeBuilder<ImprovementNote> builder)
    {
        builder.HasIndex(n => new { n.TaskId, n.WrittenAtUtc });
        builder.Property(n => n.Text).HasMaxLength(ImprovementNote.MaxTextLength);
        builder.Property(n => n.AuthorName).HasMaxLength(ImprovementTask.MaxOwnerLength);
    }
}
