using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParIndex.Infrastructure.Persistence.Configurations;

internal sealed class DataStepConfiguration : IEntityTypeConfiguration<DataStep>
{
    public void Configure(EntityTypeBuilder<DataStep> builder)
    {
        builder.ToTable("DataSteps");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(DataStep.MaxNameLength);
    }
}
