using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Units;

public sealed class MergeUnitsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly ReformDate = new(2025, 7, 1);

    [Fact]
    public async Task Merge_ActiveUnits_ClosesSourceRecordsSuccessionAndKeepsItsAssessments()
    {
        var block = await app.SeedBlockAsync();
        var source = await app.SeedUnitAsync(block.Id, "UBND xã Đông Hải");
        var target = await app.SeedUnitAsync(block.Id, "UBND phường Đông Sơn");
        var assessmentId = await SeedAssessmentAsync(source.Id);

        var mergeId = await app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(source.Id, target.Id, ReformDate, "1686/NQ-UBTVQH15", source.ConcurrencyStamp), Ct);

        await using var db = app.NewDbContext();
        var closed = await db.Units.SingleAsync(u => u.Id == source.Id);
        Assert.Equal((false, (Guid?)target.Id, (DateOnly?)ReformDate), (closed.IsActive, closed.MergedIntoUnitId, closed.ClosedOn));
        Assert.True((await db.Units.SingleAsync(u => u.Id == target.Id)).IsActive);
        var merge = await db.UnitMerges.SingleAsync(m => m.Id == mergeId);
        Assert.Equal((source.Id, target.Id, ReformDate, "1686/NQ-UBTVQH15"),
            (merge.PredecessorUnitId, merge.SuccessorUnitId, merge.EffectiveOn, merge.DecisionReference));
        Assert.Equal(source.Id, (await db.Assessments.SingleAsync(a => a.Id == assessmentId)).UnitId);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == source.Id.ToString() && a.Action == "unit.merged");
        Assert.Equal("True", AuditValues.Text(audit.OldValues, "IsActive"));
        Assert.Equal(target.Code, AuditValues.Text(audit.NewValues, "TargetCode"));
    }

    [Fact]
    public async Task GetUnit_AfterMerge_ShowsHistoryOnBothSides()
    {
        var block = await app.SeedBlockAsync();
        var first = await app.SeedUnitAsync(block.Id, "UBND xã Quảng Tâm");
        var second = await app.SeedUnitAsync(block.Id, "UBND xã Quảng Phú");
        var target = await app.SeedUnitAsync(block.Id, "UBND phường Quảng Phú");
        var merge = app.Handler<MergeUnitsHandler>(Roles.Administrator);
        await merge.HandleAsync(new MergeUnits(first.Id, target.Id, ReformDate, "NQ 1", first.ConcurrencyStamp), Ct);
        await app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(second.Id, target.Id, ReformDate, "NQ 1", second.ConcurrencyStamp), Ct);

        var receiving = await app.Handler<GetUnitHandler>(Roles.Inspector).HandleAsync(new GetUnit(target.Id), Ct);
        var merged = await app.Handler<GetUnitHandler>(Roles.Leader).HandleAsync(new GetUnit(first.Id), Ct);
        var listed = await app.Handler<ListUnitsHandler>(Roles.Administrator).HandleAsync(new ListUnits(block.Id, false), Ct);

        Assert.Equal(["UBND xã Quảng Phú", "UBND xã Quảng Tâm"], receiving.MergedFrom.Select(m => m.Name));
        Assert.Null(receiving.MergedInto);
        Assert.Equal((target.Id, ReformDate, "NQ 1"), (merged.MergedInto!.UnitId, merged.MergedInto.EffectiveOn, merged.MergedInto.DecisionReference));
        Assert.All(listed, u => Assert.Equal("UBND phường Quảng Phú", u.MergedIntoName));
        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task Merge_IntoItself_IsRefused()
    {
        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(unit.Id, unit.Id, ReformDate, null, unit.ConcurrencyStamp), Ct));

        Assert.Equal("Không thể sáp nhập một đơn vị vào chính nó.", Assert.Single(error.Errors).ErrorMessage);
        await AssertStillActiveAsync(unit.Id);
    }

    [Fact]
    public async Task Merge_IntoMergedUnit_IsRefused()
    {
        var block = await app.SeedBlockAsync();
        var gone = await app.SeedUnitAsync(block.Id);
        var successor = await app.SeedUnitAsync(block.Id);
        var source = await app.SeedUnitAsync(block.Id);
        await app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(gone.Id, successor.Id, ReformDate, null, gone.ConcurrencyStamp), Ct);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(source.Id, gone.Id, ReformDate, null, source.ConcurrencyStamp), Ct));

        Assert.Equal("Đơn vị nhận sáp nhập đã ngừng hoạt động.", Assert.Single(error.Errors).ErrorMessage);
        await AssertStillActiveAsync(source.Id);
    }

    [Fact]
    public async Task Merge_AlreadyMergedSource_IsRefusedAndRenameToo()
    {
        var block = await app.SeedBlockAsync();
        var source = await app.SeedUnitAsync(block.Id);
        var target = await app.SeedUnitAsync(block.Id);
        var other = await app.SeedUnitAsync(block.Id);
        await app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(source.Id, target.Id, ReformDate, null, source.ConcurrencyStamp), Ct);
        await using var read = app.NewDbContext();
        var stamp = (await read.Units.SingleAsync(u => u.Id == source.Id)).ConcurrencyStamp;

        var again = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(source.Id, other.Id, ReformDate, null, stamp), Ct));
        var rename = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<RenameUnitHandler>(Roles.Administrator)
            .HandleAsync(new RenameUnit(source.Id, "Tên mới", null, stamp), Ct));

        Assert.Equal("Đơn vị bị sáp nhập đã ngừng hoạt động.", Assert.Single(again.Errors).ErrorMessage);
        Assert.Equal("Đơn vị đã sáp nhập hoặc ngừng hoạt động, không thể thay đổi.", Assert.Single(rename.Errors).ErrorMessage);
        await using var db = app.NewDbContext();
        Assert.Equal(target.Id, (await db.Units.SingleAsync(u => u.Id == source.Id)).MergedIntoUnitId);
        Assert.Equal(1, await db.UnitMerges.CountAsync(m => m.PredecessorUnitId == source.Id));
    }

    [Fact]
    public async Task Merge_WithStaleStamp_ThrowsConflictAndMergesNothing()
    {
        var block = await app.SeedBlockAsync();
        var source = await app.SeedUnitAsync(block.Id);
        var target = await app.SeedUnitAsync(block.Id);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(source.Id, target.Id, ReformDate, null, Guid.NewGuid()), Ct));

        await AssertStillActiveAsync(source.Id);
        await using var db = app.NewDbContext();
        Assert.False(await db.UnitMerges.AnyAsync(m => m.PredecessorUnitId == source.Id));
    }

    private async Task AssertStillActiveAsync(Guid unitId)
    {
        await using var db = app.NewDbContext();
        var unit = await db.Units.SingleAsync(u => u.Id == unitId);
        Assert.True(unit.IsActive);
        Assert.Null(unit.MergedIntoUnitId);
    }

    private async Task<Guid> SeedAssessmentAsync(Guid unitId)
    {
        await using var db = app.NewDbContext();
        var period = new EvaluationPeriod(2024, "Năm 2024", new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2024, 12, 15, 0, 0, 0, DateTimeKind.Utc));
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ tiêu chí xã", BlockKind.CommuneWard, 1, "QĐ 1149/QĐ-BNV", isIllustrative: true);
        var assessment = new Assessment(period.Id, unitId, await db.Units.Where(u => u.Id == unitId).Select(u => u.BlockId).SingleAsync(), framework.Id);
        db.AddRange(period, framework, assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    }
}
