using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>
/// H5 of the reliability research: no table scan on a tenant or period filter. Every column that names a unit, a
/// period, an assessment or a block — what pages filter by — leads an index (or the primary key), on the model both
/// providers' migrations are generated from.
/// </summary>
public sealed class IndexTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] FilterColumns = ["UnitId", "PeriodId", "AssessmentId", "BlockId"];

    [Fact]
    public void EveryTenantAndPeriodColumn_LeadsAnIndex()
    {
        using var db = app.NewDbContext();

        var unindexed = db.Model.GetEntityTypes().Where(e => !e.IsOwned())
            .SelectMany(e => e.GetProperties().Where(p => FilterColumns.Contains(p.Name) && !Leads(e, p)).Select(p => $"{e.GetTableName()}.{p.Name}"))
            .ToList();

        Assert.Empty(unindexed);
    }

    private static bool Leads(IEntityType entity, IProperty property) =>
        entity.GetIndexes().Any(i => i.Properties[0] == property) || entity.FindPrimaryKey()?.Properties[0] == property
        || entity.GetKeys().Any(k => k.Properties[0] == property);
}
