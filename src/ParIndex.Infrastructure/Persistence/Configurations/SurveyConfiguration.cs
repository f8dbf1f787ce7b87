using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Surveys;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.HasIndex(s => s.PeriodId);
        builder.Property(s => s.Title).HasMaxLength(Survey.MaxTitleLength);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Averaging).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Options).AsJson();
        builder.Property(s => s.Questions).AsJson();
        builder.Property(s => s.Groups).AsJson();
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
