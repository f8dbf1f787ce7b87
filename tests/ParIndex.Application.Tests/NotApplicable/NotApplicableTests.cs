using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.NotApplicable;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.NotApplicable;

/// <summary>"Không đánh giá" decided per unit (docs/methodology.md): the unit sees it, the maximum shrinks, it can be undone.</summary>
public sealed class NotApplicableTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string Reason = "Đơn vị không có đơn vị sự nghiệp trực thuộc.";

    [Fact]
    public async Task Mark_CriterionGroupForOneUnit_UnitSeesReasonMaximumShrinksAndUndoRestoresIt()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 1);
        await province.OpenSelfAssessmentAsync();

        var marked = await province.Admin<MarkNotApplicableHandler>()
            .HandleAsync(new MarkNotApplicable(province.PeriodId, [province.Units["S01"]], ["A2"], Reason), Ct);

        Assert.Equal(2, marked.Changed);
        var view = await province.SelfAssessmentAsync("S01");
        var a21 = view.Criteria.Single(c => c.Code == "A2.1");
        Assert.Equal((true, Reason), (a21.IsNotApplicable, a21.NotApplicableReason));
        Assert.Equal((EmptyProvince.FrameworkMax - 3m, 3), (view.Totals.MaxPoints, view.Totals.ToAnswer));
        Assert.Equal(EmptyProvince.FrameworkMax, (await province.SelfAssessmentAsync("S02")).Totals.MaxPoints);

        var saved = await province.AnswerAllAsync("S01");
        Assert.Equal((12m, 100m), (saved!.Totals.MaxPoints, saved.Totals.Percent));
        Assert.DoesNotContain(saved.Checklist, i => i.Blocks);

        var overview = await province.Admin<ListNotApplicableHandler>().HandleAsync(new ListNotApplicable(province.PeriodId), Ct);
        Assert.Equal(["A2.1", "A2.2"], overview.Decisions.Select(d => d.CriterionCode));
        Assert.Contains(overview.Criteria, c => c.Code == "A2");

        var undone = await province.Admin<UndoNotApplicableHandler>()
            .HandleAsync(new UndoNotApplicable(province.PeriodId, [province.Units["S01"]], ["A2.1"]), Ct);

        Assert.Equal(1, undone.Changed);
        view = await province.SelfAssessmentAsync("S01");
        Assert.False(view.Criteria.Single(c => c.Code == "A2.1").IsNotApplicable);
        Assert.Equal(13.5m, view.Totals.MaxPoints);
        await using var db = province.App.NewDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "criterion.notApplicable" && e.Succeeded));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "criterion.notApplicableUndone" && e.Succeeded));
    }

    [Fact]
    public async Task Mark_ByAgencyOrUnassignedInspector_IsRefusedAndAudited_AssignedInspectorMayDecide()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 1);
        await province.OpenSelfAssessmentAsync();
        var request = new MarkNotApplicable(province.PeriodId, [province.Units["S01"]], ["B1"], Reason);
        var inspector = Guid.CreateVersion7();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            province.App.Handler<MarkNotApplicableHandler>(Roles.AgencyLeader, province.Units["S01"]).HandleAsync(request, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            province.App.Handler<MarkNotApplicableHandler>(Roles.Inspector, userId: inspector).HandleAsync(request, Ct));

        await using (var db = province.App.NewDbContext())
        {
            db.AppraisalAssignments.Add(AppraisalAssignment.ForUnit(province.PeriodId, inspector, province.Units["S01"]));
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "criterion.notApplicable" && !e.Succeeded));
        }

        var marked = await province.App.Handler<MarkNotApplicableHandler>(Roles.Inspector, userId: inspector).HandleAsync(request, Ct);
        Assert.Equal(1, marked.Changed);
        var listed = await province.App.Handler<ListNotApplicableHandler>(Roles.Inspector, userId: inspector)
            .HandleAsync(new ListNotApplicable(province.PeriodId), Ct);
        Assert.Equal(["S01"], listed.Units.Select(u => u.Code));
    }

    [Fact]
    public async Task Mark_UnknownCodeOrMissingReasonOrDraftPeriod_IsRefusedInVietnamese()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 1, verticalAgencies: 1);
        var mark = province.Admin<MarkNotApplicableHandler>();

        var draft = await Assert.ThrowsAsync<WorkflowRefusedException>(() =>
            mark.HandleAsync(new MarkNotApplicable(province.PeriodId, [province.Units["S01"]], ["A1"], Reason), Ct));
        Assert.Contains("không đánh giá", draft.Message, StringComparison.Ordinal);

        await province.OpenSelfAssessmentAsync();
        var unknown = await Assert.ThrowsAsync<ValidationException>(() =>
            province.Admin<MarkNotApplicableHandler>().HandleAsync(new MarkNotApplicable(province.PeriodId, [province.Units["S01"]], ["Z9"], Reason), Ct));
        Assert.Contains("Z9", unknown.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        var noReason = await Assert.ThrowsAsync<ValidationException>(() =>
            province.Admin<MarkNotApplicableHandler>().HandleAsync(new MarkNotApplicable(province.PeriodId, [province.Units["S01"]], ["A1"], " "), Ct));
        Assert.Equal("Vui lòng ghi lý do không đánh giá.", noReason.Errors.Single().ErrorMessage);
    }
}
