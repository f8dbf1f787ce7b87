using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Surveys;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => new { i.SurveyId, i.GroupId });
        builder.Property(i => i.Code).HasMaxLength(SurveyInvitation.CodeLength);
        builder.Property(i => i.Label).HasMaxLength(SurveyInvitation.MaxLabelLength);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Draft).AsCompactJson();
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Restrict);
    }
}
