using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SipasLinkConfiguration : IEntityTypeConfiguration<SipasLink>
{
    public void Configure(EntityTypeBuilder<SipasLink> builder)
    {
        builder.HasIndex(l => l.Code).IsUnique();
        builder.HasIndex(l => new { l.SurveyId, l.UnitId });
        builder.Property(l => l.Code).HasMaxLength(SurveyInvitation.CodeLength);
        builder.Ignore(l => l.IsFull);
        builder.HasOne<Survey>().WithMany().HasForeignKey(l => l.SurveyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
