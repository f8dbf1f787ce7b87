using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Frameworks;

public sealed class EditFrameworkTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task BuildTree_DomainCriterionSubCriterion_NestsLevelsChecksSumsAndAudits()
    {
        var id = await NewFrameworkAsync();
        var add = app.Handler<AddFrameworkNodeHandler>(Roles.Administrator);

        var domain = await add.HandleAsync(new AddFrameworkNode(id, null, "L1", "Công tác chỉ đạo điều hành", 100m), Ct);
        var criterion = await add.HandleAsync(new AddFrameworkNode(id, domain, "L1.1", "Kế hoạch CCHC", 60.5m), Ct);
        var sub = await add.HandleAsync(new AddFrameworkNode(id, criterion, "L1.1.1", "Ban hành đúng hạn", 60.5m), Ct);
        var tooDeep = await Assert.ThrowsAsync<ValidationException>(() => add.HandleAsync(new AddFrameworkNode(id, sub, "L1.1.1.1", "Quá sâu", 1m), Ct));

        Assert.Equal("Tiêu chí thành phần là cấp thấp nhất, không thêm mục con được.", tooDeep.Errors.Single().ErrorMessage);
        var details = await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct);
        Assert.Equal([NodeLevel.Domain, NodeLevel.Criterion, NodeLevel.SubCriterion], details.Nodes.Select(n => n.Level));
        Assert.Equal("L1: tổng điểm các mục con là 60,50, khác điểm tối đa 100,00.", Assert.Single(details.Issues, i => i.IsError).Message);
        await using var db = app.NewDbContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "framework.nodeAdded" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task AddNode_DuplicateCode_IsRefusedInVietnamese()
    {
        var id = await NewFrameworkAsync();
        var add = app.Handler<AddFrameworkNodeHandler>(Roles.Administrator);
        await add.HandleAsync(new AddFrameworkNode(id, null, "L1", "Lĩnh vực", 50m), Ct);

        var error = await Assert.ThrowsAsync<ValidationException>(() => add.HandleAsync(new AddFrameworkNode(id, null, "l1", "Trùng mã", 50m), Ct));

        Assert.Equal("Mã này đã có trong bộ chỉ số.", error.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task DescribeNode_SetsRuleAndApplicability_AndRefusesBadJsonOrAStaleStamp()
    {
        var id = await NewFrameworkAsync();
        var leafId = await app.Handler<AddFrameworkNodeHandler>(Roles.Administrator).HandleAsync(new AddFrameworkNode(id, null, "L1", "Tỷ lệ hồ sơ đúng hạn", 100m), Ct);
        var stamp = (await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct)).Nodes.Single().ConcurrencyStamp;
        var request = new DescribeFrameworkNode(id, leafId, "On-time files", AssessmentMethod.External, RuleType.PercentTiers,
            """{"tiers":[{"min":98,"points":100},{"min":95,"points":50}]}""", WhenNothingToCount.Excluded, "≥ 98%: tối đa", "Số liệu hệ thống",
            [BlockKind.Department], stamp);

        var bad = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<DescribeFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(request with { RuleParameters = "{tiers: 98" }, Ct));
        await app.Handler<DescribeFrameworkNodeHandler>(Roles.Administrator).HandleAsync(request, Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<DescribeFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(request with { Guidance = "đè lên" }, Ct));

        Assert.StartsWith("Tham số phải là JSON hợp lệ", bad.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        var node = (await app.Handler<GetFrameworkHandler>(Roles.Leader).HandleAsync(new GetFramework(id), Ct)).Nodes.Single();
        Assert.Equal((RuleType.PercentTiers, AssessmentMethod.External, WhenNothingToCount.Excluded, "≥ 98%: tối đa"),
            (node.RuleType, node.Method, node.WhenNothingToCount, node.Guidance));
        Assert.Equal([BlockKind.Department], node.ApplicableBlockKinds);
    }

    [Fact]
    public async Task DescribeNode_TierWorthMoreThanTheCriterion_IsRefusedBeforeSaving()
    {
        var id = await NewFrameworkAsync();
        var leafId = await app.Handler<AddFrameworkNodeHandler>(Roles.Administrator).HandleAsync(new AddFrameworkNode(id, null, "L1", "Báo cáo đúng hạn", 1m), Ct);
        var stamp = (await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct)).Nodes.Single().ConcurrencyStamp;
        var request = new DescribeFrameworkNode(id, leafId, null, AssessmentMethod.SelfAssessed, RuleType.PercentTiers,
            """{"tiers":[{"min":90,"points":1.5},{"min":70,"points":0.5}]}""", WhenNothingToCount.FullPoints, null, null, [], stamp);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<DescribeFrameworkNodeHandler>(Roles.Administrator).HandleAsync(request, Ct));

        var failure = Assert.Single(refused.Errors);
        Assert.Equal((nameof(DescribeFrameworkNode.RuleParameters), "rule.points"), (failure.PropertyName, failure.ErrorCode));
        var node = (await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct)).Nodes.Single();
        Assert.Equal((RuleType.YesNo, stamp), (node.RuleType, node.ConcurrencyStamp));
    }

    [Fact]
    public async Task UpdateNode_MaximumBelowWhatItsRuleAwards_IsRefused()
    {
        var id = await NewFrameworkAsync();
        var leafId = await app.Handler<AddFrameworkNodeHandler>(Roles.Administrator).HandleAsync(new AddFrameworkNode(id, null, "L1", "Báo cáo đúng hạn", 1m), Ct);
        var stamp = (await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct)).Nodes.Single().ConcurrencyStamp;
        await app.Handler<DescribeFrameworkNodeHandler>(Roles.Administrator).HandleAsync(new DescribeFrameworkNode(id, leafId, null, AssessmentMethod.SelfAssessed,
            RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1}]}""", WhenNothingToCount.FullPoints, null, null, [], stamp), Ct);
        var node = (await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct)).Nodes.Single();

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<UpdateFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(new UpdateFrameworkNode(id, leafId, "L1", "Báo cáo đúng hạn", 0.5m, node.ConcurrencyStamp), Ct));

        Assert.Equal(nameof(UpdateFrameworkNode.MaxPoints), Assert.Single(refused.Errors).PropertyName);
        await app.Handler<UpdateFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(new UpdateFrameworkNode(id, leafId, "L1", "Báo cáo đúng hạn", 2m, node.ConcurrencyStamp), Ct);
    }

    [Fact]
    public async Task AddNode_FrameworkInUse_IsRefusedAndInspectorsCannotEdit()
    {
        var id = await NewFrameworkAsync();
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AddFrameworkNodeHandler>(Roles.Inspector)
            .HandleAsync(new AddFrameworkNode(id, null, "L9", "Không được", 1m), Ct));
        await using (var db = app.NewDbContext())
        {
            (await db.Frameworks.SingleAsync(f => f.Id == id)).MarkInUse();
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<AddFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(new AddFrameworkNode(id, null, "L9", "Đã dùng", 1m), Ct));

        Assert.Contains("sao chép thành phiên bản mới", error.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopyUsedFramework_ThenEditAndRemoveInTheCopy_LeavesTheOriginalAsItWas()
    {
        var id = await NewFrameworkAsync();
        var add = app.Handler<AddFrameworkNodeHandler>(Roles.Administrator);
        var domain = await add.HandleAsync(new AddFrameworkNode(id, null, "L1", "Lĩnh vực một", 100m), Ct);
        await add.HandleAsync(new AddFrameworkNode(id, domain, "L1.1", "Tiêu chí A", 60m), Ct);
        await add.HandleAsync(new AddFrameworkNode(id, domain, "L1.2", "Tiêu chí B", 40m), Ct);
        await using (var db = app.NewDbContext())
        {
            (await db.Frameworks.SingleAsync(f => f.Id == id)).MarkInUse();
            await db.SaveChangesAsync();
        }

        var copyId = await app.Handler<CopyFrameworkHandler>(Roles.Administrator)
            .HandleAsync(new CopyFramework(id, TestApp.UniqueCode("BCS"), 2, "Bộ chỉ số 2028", "QĐ mới"), Ct);
        var copy = await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(copyId), Ct);
        var a = copy.Nodes.Single(n => n.Code == "L1.1");
        var b = copy.Nodes.Single(n => n.Code == "L1.2");
        await app.Handler<UpdateFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(new UpdateFrameworkNode(copyId, a.Id, "L1.1", "Tiêu chí A (2028)", 100m, a.ConcurrencyStamp), Ct);
        await app.Handler<RemoveFrameworkNodeHandler>(Roles.Administrator)
            .HandleAsync(new RemoveFrameworkNode(copyId, b.Id, b.ConcurrencyStamp), Ct);

        var edited = await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(copyId), Ct);
        var original = await app.Handler<GetFrameworkHandler>(Roles.Administrator).HandleAsync(new GetFramework(id), Ct);
        Assert.Equal(["L1", "L1.1"], edited.Nodes.Select(n => n.Code));
        Assert.Empty(edited.Issues);
        Assert.True(edited.IsEditable);
        Assert.Equal(["L1", "L1.1", "L1.2"], original.Nodes.Select(n => n.Code));
        Assert.Equal("Tiêu chí A", original.Nodes[1].Title);
        Assert.False(original.IsEditable);
    }

    private Task<Guid> NewFrameworkAsync() =>
        app.Handler<CreateFrameworkHandler>(Roles.Administrator).HandleAsync(
            new CreateFramework(TestApp.UniqueCode("BCS"), "Bộ chỉ số sở 2027", BlockKind.Department, 1, "QĐ thử nghiệm", 2m, 5m), Ct);
}
