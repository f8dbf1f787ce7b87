using ParIndex.Application.NotApplicable;
using ParIndex.Application.Tests.Infrastructure;
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
}
