using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>Issue 15: a province starting from nothing opens its period and every unit has its self-assessment.</summary>
public sealed class PeriodOpeningTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task OpenSelfAssessment_EmptyProvince_GivesEveryActiveUnitOneAssessmentInOneAuditedSave()
    {
        await using var province = await EmptyProvince.CreateAsync();

        await province.OpenSelfAssessmentAsync();

        await using var db = province.App.NewDbContext();
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == province.PeriodId).ToListAsync();
        Assert.Equal(province.Units.Values.Order(), assessments.Select(a => a.UnitId).Order());
        Assert.All(assessments, a => Assert.Equal((province.FrameworkId, AssessmentState.NotStarted), (a.FrameworkId, a.State)));
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "period.stateChanged" && e.EntityId == province.PeriodId.ToString());
        Assert.Equal("10", AuditValues.Text(audit.NewValues, "AssessmentsOpened"));

        var workflow = await province.Admin<GetPeriodWorkflowHandler>().HandleAsync(new GetPeriodWorkflow(province.PeriodId), Ct);
        Assert.Equal(10, workflow.Units[AssessmentState.NotStarted]);
        Assert.Equal(10, workflow.UnitList.Count);
        Assert.Equal(["S01", "S02"], workflow.UnitList.Take(2).Select(u => u.Code));

        var view = await province.SelfAssessmentAsync("N03");
        Assert.Equal((EmptyProvince.FrameworkMax, 5), (view.Totals.MaxPoints, view.Totals.ToAnswer));
    }

    [Fact]
    public async Task UnitCreatedWhileOpen_GetsItsAssessment_AndReopeningAddsNothingTwice()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 1);
        await province.OpenSelfAssessmentAsync();

        var late = await province.AddUnitAsync("S99", "Sở thành lập giữa kỳ", province.Departments);

        await using (var db = province.App.NewDbContext())
        {
            var assessment = await db.Assessments.AsNoTracking().SingleAsync(a => a.UnitId == late);
            Assert.Equal((province.PeriodId, province.FrameworkId), (assessment.PeriodId, assessment.FrameworkId));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "assessment.opened" && e.EntityId == assessment.Id.ToString()));
        }

        // Past the deadline, closed, then reopened with a reason: every unit still has exactly one assessment.
        province.App.Clock.Now = province.App.Clock.Now.AddDays(31);
        var period = await province.PeriodAsync();
        await province.Admin<ChangePeriodStateHandler>()
            .HandleAsync(new ChangePeriodState(province.PeriodId, PeriodState.SelfAssessmentClosed, null, null, period.ConcurrencyStamp), Ct);
        period = await province.PeriodAsync();
        await province.Admin<ChangePeriodStateHandler>()
            .HandleAsync(new ChangePeriodState(province.PeriodId, PeriodState.SelfAssessmentOpen, "Gia hạn chung", null, period.ConcurrencyStamp), Ct);

        await using var after = province.App.NewDbContext();
        Assert.Equal(4, await after.Assessments.CountAsync(a => a.PeriodId == province.PeriodId));
    }

    [Fact]
    public async Task OpenSelfAssessment_BlockWithoutFramework_IsRefusedNamingTheBlock()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 1, assignFrameworks: false);
        await province.AssignFrameworkAsync(province.Departments);

        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(province.OpenSelfAssessmentAsync);

        Assert.Contains("Cơ quan ngành dọc", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở, ban, ngành", refused.Message, StringComparison.Ordinal);
        var workflow = await province.Admin<GetPeriodWorkflowHandler>().HandleAsync(new GetPeriodWorkflow(province.PeriodId), Ct);
        Assert.Equal(["Cơ quan ngành dọc"], workflow.BlocksWithoutFramework);
        await using var db = province.App.NewDbContext();
        Assert.Equal(PeriodState.Draft, (await province.PeriodAsync()).State);
        Assert.False(await db.Assessments.AnyAsync());
    }

    [Fact]
    public void AssessmentOpening_SkipsInactiveAssessedAndUncoveredUnits()
    {
        var period = new EvaluationPeriod(2030, "Kỳ 2030", DateTime.UtcNow, DateTime.UtcNow.AddDays(10));
        var covered = Guid.CreateVersion7();
        var framework = Guid.CreateVersion7();
        period.UseFramework(covered, framework);
        var open = new Domain.Units.Unit("U1", "Đơn vị 1", covered);
        var assessed = new Domain.Units.Unit("U2", "Đơn vị 2", covered);
        var elsewhere = new Domain.Units.Unit("U3", "Đơn vị 3", Guid.CreateVersion7());
        var merged = new Domain.Units.Unit("U4", "Đơn vị 4", covered);
        merged.MergeInto(open, new DateOnly(2030, 1, 1), null);

        var opened = AssessmentOpening.Open(period, [open, assessed, elsewhere, merged, open], new HashSet<Guid> { assessed.Id });

        Assert.Equal([open.Id], opened.Select(a => a.UnitId));
        Assert.Equal([elsewhere.BlockId], AssessmentOpening.BlocksWithoutFramework(period, [open, elsewhere, merged]));
    }
}
