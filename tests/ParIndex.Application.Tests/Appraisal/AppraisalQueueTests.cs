using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// The appraisal queue's progress per unit, counted by the database for whole units (Home Affairs, an inspector
/// assigned units) and from each response for an inspector assigned a domain: both give the same figures.
/// </summary>
public sealed class AppraisalQueueTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task EachUnitsProgress_IsTheSame_WhetherCountedByTheDatabaseOrResponseByResponse()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 92%.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);

        var all = await app.Handler<GetAppraisalQueueHandler>(Roles.Administrator).HandleAsync(new GetAppraisalQueue(sa.PeriodId), Ct);
        var wholeUnit = await story.Inspector1<GetAppraisalQueueHandler>(app).HandleAsync(new GetAppraisalQueue(sa.PeriodId), Ct);
        var domain = await story.Inspector2<GetAppraisalQueueHandler>(app).HandleAsync(new GetAppraisalQueue(sa.PeriodId), Ct);

        // Three leaves are appraised (yes/no, rate, level; not the survey or the bonus); A's rate is done.
        Assert.Equal([("Xã An Bình", 1, 3, (string?)null), ("Xã Bình Minh", 0, 3, null)], all.Rows.Select(r => (r.UnitName, r.Appraised, r.ToAppraise, r.Scope)));
        Assert.Equal([("Xã An Bình", 1, 3, (string?)"Toàn bộ")], wholeUnit.Rows.Select(r => (r.UnitName, r.Appraised, r.ToAppraise, r.Scope)));
        Assert.Equal([("Xã An Bình", 1, 3, (string?)"Lĩnh vực 1"), ("Xã Bình Minh", 0, 3, "Lĩnh vực 1")],
            domain.Rows.Select(r => (r.UnitName, r.Appraised, r.ToAppraise, r.Scope)));
    }
}
