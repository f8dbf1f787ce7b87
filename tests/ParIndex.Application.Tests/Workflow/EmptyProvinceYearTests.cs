using Microsoft.EntityFrameworkCore;
using ParIndex.Application.NotApplicable;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>
/// Issue 15's path from an empty database with no demo data, as far as submission: set up, open, decide a criterion
/// "không đánh giá" for one unit, answer, submit. The later steps (appraisal, council, publication, hand-worked
/// indexes and ranks) extend this test through <see cref="EmptyProvince"/>.
/// </summary>
public sealed class EmptyProvinceYearTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task EmptyProvince_OpenMarkAnswerSubmit_EveryUnitSubmittedWithTheShrunkMaximumForOne()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 7, verticalAgencies: 3);
        await province.OpenSelfAssessmentAsync();
        await province.Admin<MarkNotApplicableHandler>().HandleAsync(
            new MarkNotApplicable(province.PeriodId, [province.Units["N01"]], ["B1"], "Cơ quan ngành dọc không thực hiện TTHC của tỉnh."), Ct);

        foreach (var code in province.Units.Keys)
        {
            var first = await province.SelfAssessmentAsync(code);
            Assert.Contains(first.Checklist, i => i.Blocks);
            var saved = await province.AnswerAllAsync(code);

            // The last save brings a checklist with nothing blocking: the page enables submission without a reload.
            Assert.DoesNotContain(saved!.Checklist, i => i.Blocks);
            await province.SubmitAsync(code);
        }

        var workflow = await province.Admin<GetPeriodWorkflowHandler>().HandleAsync(new GetPeriodWorkflow(province.PeriodId), Ct);
        Assert.Equal(10, workflow.Units[AssessmentState.Submitted]);
        var n01 = await province.SelfAssessmentAsync("N01");
        Assert.Equal((10m, 10m, 100m, 4), (n01.Totals.MaxPoints, n01.Totals.Points, n01.Totals.Percent, n01.Totals.ToAnswer));
        var s01 = await province.SelfAssessmentAsync("S01");
        Assert.Equal((EmptyProvince.FrameworkMax, 100m), (s01.Totals.MaxPoints, s01.Totals.Percent));
    }

    [Fact]
    public async Task NotApplicableAfterSubmission_MarkedAndUndone_TheRecordedSelfIndexFollowsTheMaximum()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 0, assignFrameworks: false);
        await province.AssignFrameworkAsync(province.Departments);
        await province.OpenSelfAssessmentAsync();

        // S01 does everything but B1 (5 of 15): 10 / 15 when it submits.
        await province.AnswerAllAsync("S01");
        await province.AnswerAsync("S01", "B1", ("done", "false"));
        await province.SubmitAsync("S01");
        Assert.Equal(100m * 10m / 15m, await SelfIndexAsync(province, "S01"));

        // B1 decided "không đánh giá" after submission: 10 / 10. Undone: back to 10 / 15. Each change is audited.
        var mark = new MarkNotApplicable(province.PeriodId, [province.Units["S01"]], ["B1"], "Đơn vị không có thủ tục hành chính.");
        await province.Admin<MarkNotApplicableHandler>().HandleAsync(mark, Ct);
        Assert.Equal(100m, await SelfIndexAsync(province, "S01"));
        await province.Admin<UndoNotApplicableHandler>().HandleAsync(new UndoNotApplicable(province.PeriodId, [province.Units["S01"]], ["B1"]), Ct);
        Assert.Equal(100m * 10m / 15m, await SelfIndexAsync(province, "S01"));

        // A unit that has not submitted has no recorded index to follow: its sheet computes it live.
        await province.Admin<MarkNotApplicableHandler>().HandleAsync(mark with { UnitIds = [province.Units["S02"]] }, Ct);
        Assert.Null(await SelfIndexAsync(province, "S02"));
        await using var db = province.App.NewDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "assessment.selfIndexRecomputed" && e.Succeeded));
    }

    [Fact]
    public async Task UnitCreatedWhileOpen_InABlockWithoutFramework_GetsNoAssessmentAndTheAdministratorIsTold()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 0, assignFrameworks: false);
        await province.AssignFrameworkAsync(province.Departments);
        await province.OpenSelfAssessmentAsync();

        var department = await province.Admin<CreateUnitHandler>().HandleAsync(new CreateUnit("S09", "Sở thử nghiệm 09", null, province.Departments), Ct);
        var vertical = await province.Admin<CreateUnitHandler>().HandleAsync(new CreateUnit("N09", "Cơ quan ngành dọc 09", null, province.VerticalAgencies), Ct);

        Assert.Empty(department.Warnings);
        var warning = Assert.Single(vertical.Warnings);
        Assert.Contains($"Chỉ số CCHC năm {EmptyProvince.Year}", warning, StringComparison.Ordinal);
        Assert.Contains("Cơ quan ngành dọc", warning, StringComparison.Ordinal);
        await using var db = province.App.NewDbContext();
        Assert.True(await db.Assessments.AnyAsync(a => a.UnitId == department.Id));
        Assert.False(await db.Assessments.AnyAsync(a => a.UnitId == vertical.Id));
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "unit.created" && e.EntityId == vertical.Id.ToString());
        Assert.Contains("NotAssessedIn", audit.NewValues, StringComparison.Ordinal);

        // What the warning advises: moved to a block with a framework, the unit gets its assessment at once.
        var stamp = await db.Units.Where(u => u.Id == vertical.Id).Select(u => u.ConcurrencyStamp).SingleAsync();
        await province.Admin<MoveUnitToBlockHandler>().HandleAsync(new MoveUnitToBlock(vertical.Id, province.Departments, stamp), Ct);
        Assert.True(await db.Assessments.AnyAsync(a => a.UnitId == vertical.Id && a.PeriodId == province.PeriodId));
    }

    private static async Task<decimal?> SelfIndexAsync(EmptyProvince province, string unitCode)
    {
        await using var db = province.App.NewDbContext();
        return await db.Assessments.Where(a => a.PeriodId == province.PeriodId && a.UnitId == province.Units[unitCode]).Select(a => a.SelfIndex).SingleAsync();
    }
}
