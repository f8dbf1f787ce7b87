using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Surveys;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class SurveyImportConfiguration : IEntityTypeConfiguration<SurveyImport>
{
    public void Configure(EntityTypeBuilder<SurveyImport> builder)
    {
        builder.HasIndex(i => new { i.PeriodId, i.ImportedAtUtc });
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Ignore(i => i.SourceTag);
        builder.HasOne<EvaluationPeriod>().WithMany().HasForeignKey(i => i.PeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
