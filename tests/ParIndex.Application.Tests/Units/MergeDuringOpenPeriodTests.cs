using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Units;

/// <summary>Issues 15 and 17: a merger while a period is open closes the absorbed unit's assessment after a warning.</summary>
public sealed class MergeDuringOpenPeriodTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly EffectiveOn = new(2027, 3, 1);

    [Fact]
    public async Task Merge_UnitWithOpenAssessment_IsWarnedThenClosesItKeepsItOutOfCountsAndPassesEvidence()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 3, verticalAgencies: 1);
        await province.OpenSelfAssessmentAsync();
        var (absorbed, successor) = (province.Units["S02"], province.Units["S01"]);
        var absorbedView = await province.SelfAssessmentAsync("S02");
        var evidence = await province.App.Handler<AddDocumentReferenceHandler>(Roles.AgencyStaff, absorbed).HandleAsync(new AddDocumentReference(
            absorbedView.AssessmentId, [absorbedView.Criteria.First().NodeId], "Kế hoạch CCHC năm 2027", "12/KH-SXD", new DateOnly(2026, 11, 5), "Sở thử nghiệm 02", null), Ct);

        var impact = await province.Admin<GetMergeImpactHandler>().HandleAsync(new GetMergeImpact(absorbed), Ct);
        Assert.Equal(province.PeriodId, Assert.Single(impact.OpenAssessments).PeriodId);
        Assert.Contains("Chỉ số CCHC năm 2027", impact.Warning, StringComparison.Ordinal);

        var stamp = await StampAsync(province, absorbed);
        var warned = await Assert.ThrowsAsync<ValidationException>(() => province.Admin<MergeUnitsHandler>()
            .HandleAsync(new MergeUnits(absorbed, successor, EffectiveOn, "45/QĐ-UBND", stamp), Ct));
        Assert.Equal(nameof(MergeUnits.AcknowledgeOpenAssessment), warned.Errors.Single().PropertyName);

        await province.Admin<MergeUnitsHandler>()
            .HandleAsync(new MergeUnits(absorbed, successor, EffectiveOn, "45/QĐ-UBND", stamp, AcknowledgeOpenAssessment: true), Ct);

        await using (var db = province.App.NewDbContext())
        {
            Assert.False(await db.Assessments.AnyAsync(a => a.UnitId == absorbed));
            var closed = await db.Assessments.IgnoreQueryFilters([QueryFilters.CountingAssessments]).SingleAsync(a => a.UnitId == absorbed);
            Assert.Equal(AssessmentState.ClosedByMerge, closed.State);
            Assert.Contains("Sở thử nghiệm 01", closed.ClosedReason, StringComparison.Ordinal);
            Assert.Contains("45/QĐ-UBND", closed.ClosedReason, StringComparison.Ordinal);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "assessment.closedByMerge" && e.EntityId == closed.Id.ToString()));
        }

        var workflow = await province.Admin<GetPeriodWorkflowHandler>().HandleAsync(new GetPeriodWorkflow(province.PeriodId), Ct);
        Assert.Equal(3, workflow.Units.Values.Sum());
        Assert.Equal(("S02", AssessmentState.ClosedByMerge), (workflow.UnitList[^1].Code, workflow.UnitList[^1].State));
        Assert.Empty((await province.Admin<GetMergeImpactHandler>().HandleAsync(new GetMergeImpact(absorbed), Ct)).OpenAssessments);

        // The successor's staff find the absorbed unit's evidence among theirs and attach it as their own copy.
        var successorView = await province.SelfAssessmentAsync("S01");
        var node = successorView.Criteria.First().NodeId;
        var available = await province.App.Handler<ListAvailableEvidenceHandler>(Roles.AgencyStaff, successor)
            .HandleAsync(new ListAvailableEvidence(successorView.AssessmentId, node), Ct);
        Assert.Contains(available.ThisPeriod, e => e.Id == evidence.Id);
        var copy = await province.App.Handler<AttachEvidenceHandler>(Roles.AgencyStaff, successor)
            .HandleAsync(new AttachEvidence(successorView.AssessmentId, node, evidence.Id), Ct);
        await using var after = province.App.NewDbContext();
        var copied = await after.Evidence.AsNoTracking().SingleAsync(e => e.Id == copy);
        Assert.Equal((successor, "12/KH-SXD"), (copied.UnitId, copied.DocumentNumber));
    }

    private static async Task<Guid> StampAsync(EmptyProvince province, Guid unitId)
    {
        await using var db = province.App.NewDbContext();
        return (await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId)).ConcurrencyStamp;
    }
}
