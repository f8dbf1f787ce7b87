using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// Issue 16.3: with round-1 results not released, no output gives the unit's own people the inspectors' points or
/// comments: the appraisal view hides them, the scorecard and its PDF and Word files are refused (and audited). Once
/// Home Affairs releases them, every output shows them.
/// </summary>
public sealed class Round1ReleaseTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    public async Task BeforeTheRelease_EveryOutputKeepsTheAppraisalFromTheUnit_AfterItEveryOutputShowsIt(string role)
    {
        var story = await AppraisalStory.SeedAsync(app);
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 91%, không phải 99%.", await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate)), Ct);
        var (period, unit) = (story.Sa.PeriodId, story.Sa.UnitA);

        var view = await app.Handler<GetAppraisalHandler>(role, unit).HandleAsync(new GetAppraisal(period, unit), Ct);
        Assert.False(view.ScoresVisible);
        var outputs = new Func<Task>[]
        {
            () => app.Handler<GetUnitScorecardHandler>(role, unit).HandleAsync(new GetUnitScorecard(period, unit), Ct),
            () => app.Handler<ExportScorecardPdfHandler>(role, unit).HandleAsync(new ExportScorecardPdf(period, unit), Ct),
            () => app.Handler<ExportScorecardDocxHandler>(role, unit).HandleAsync(new ExportScorecardDocx(period, unit), Ct),
        };
        foreach (var output in outputs)
        {
            var refused = await Assert.ThrowsAsync<AccessDeniedException>(output);
            Assert.Equal(AppraisalRelease.NotReleased, refused.Message);
        }

        // Province roles read the appraisal all along.
        Assert.NotNull((await app.Handler<GetUnitScorecardHandler>(Roles.Administrator).HandleAsync(new GetUnitScorecard(period, unit), Ct)).Score);

        await app.Handler<ReleaseRound1ResultsHandler>(Roles.Administrator).HandleAsync(
            new ReleaseRound1Results(period, true, await AppraisalStory.PeriodStampAsync(app, period)), Ct);

        Assert.True((await app.Handler<GetAppraisalHandler>(role, unit).HandleAsync(new GetAppraisal(period, unit), Ct)).ScoresVisible);
        var card = await app.Handler<GetUnitScorecardHandler>(role, unit).HandleAsync(new GetUnitScorecard(period, unit), Ct);
        Assert.Contains(card.Score!.Lines, l => l.Reason is { } reason && reason.Contains("91%", StringComparison.Ordinal));
        Assert.NotEmpty((await app.Handler<ExportScorecardPdfHandler>(role, unit).HandleAsync(new ExportScorecardPdf(period, unit), Ct)).Content);
        Assert.NotEmpty((await app.Handler<ExportScorecardDocxHandler>(role, unit).HandleAsync(new ExportScorecardDocx(period, unit), Ct)).Content);
    }
}
