using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Surveys;

namespace ParIndex.Infrastructure.Persistence.Configurations;

/// <summary>No column here points to an invitation or a time (anonymity, docs/methodology.md).</summary>
internal sealed class SurveyBallotConfiguration : IEntityTypeConfiguration<SurveyBallot>
{
    public void Configure(EntityTypeBuilder<SurveyBallot> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasIndex(b => b.SurveyId);
        builder.Property(b => b.Answers).AsCompactJson();
        builder.HasOne<Survey>().WithMany().HasForeignKey(b => b.SurveyId).OnDelete(DeleteBehavior.Restrict);
    }
}
