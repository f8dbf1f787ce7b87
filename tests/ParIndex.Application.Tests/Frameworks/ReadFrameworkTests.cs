using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Frameworks;

public sealed class ReadFrameworkTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ListFrameworks_AnyRole_ShowsLeavesTotalAndTheYearsThatUseIt()
    {
        var block = await app.SeedBlockAsync(BlockKind.Department);
        var framework = await SeedFrameworkAsync(sumOfDomain: 10m);
        await using (var db = app.NewDbContext())
        {
            var period = new EvaluationPeriod(2031, "Kỳ 2031", new DateTime(2031, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2031, 12, 1, 0, 0, 0, DateTimeKind.Utc));
            period.UseFramework(block.Id, framework.Id);
            db.Periods.Add(period);
            await db.SaveChangesAsync();
        }

        var list = await app.Handler<ListFrameworksHandler>(Roles.AgencyStaff, Guid.CreateVersion7()).HandleAsync(new ListFrameworks(), Ct);

        var item = Assert.Single(list, f => f.Id == framework.Id);
        Assert.Equal((2, 10m), (item.LeafCount, item.TotalMaxPoints));
        Assert.Equal([2031], item.UsedInYears);
    }

    [Fact]
    public async Task GetFramework_ChildrenDoNotAddUp_ReportsTheParentWithBothSumsInVietnamese()
    {
        var framework = await SeedFrameworkAsync(sumOfDomain: 12.5m);

        var details = await app.Handler<GetFrameworkHandler>(Roles.Inspector).HandleAsync(new GetFramework(framework.Id), Ct);

        Assert.Equal(["D1", "D1.1", "D1.2"], details.Nodes.Select(n => n.Code));
        Assert.Equal([false, true, true], details.Nodes.Select(n => n.IsLeaf));
        var issue = Assert.Single(details.Issues, i => i.IsError);
        Assert.Equal("D1", issue.NodeCode);
        Assert.Equal("D1: tổng điểm các mục con là 10,00, khác điểm tối đa 12,50.", issue.Message);
        Assert.Contains(details.Issues, i => !i.IsError && i.Message.Contains("Tổng điểm các lĩnh vực là 12,50", StringComparison.Ordinal));
    }

    private async Task<Framework> SeedFrameworkAsync(decimal sumOfDomain)
    {
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số thử", BlockKind.Department, 1, "Thử nghiệm", isIllustrative: true);
        var domain = framework.AddNode(null, NodeLevel.Domain, "D1", "Lĩnh vực một", sumOfDomain);
        framework.AddNode(domain, NodeLevel.Criterion, "D1.1", "Tiêu chí một", 4m);
        framework.AddNode(domain, NodeLevel.Criterion, "D1.2", "Tiêu chí hai", 6m);
        await using var db = app.NewDbContext();
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync();
        return framework;
    }
}
