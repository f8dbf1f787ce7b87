using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// A unit's own score with more than two decimals — 76,75 % of a 3-point proportional criterion is 2,3025 points — is
/// accepted as it stands: the typed-score limit of two decimals does not apply, and the totals keep full precision
/// until the index is rounded once (docs/methodology.md, Rounding).
/// </summary>
public sealed class AcceptSelfScoreTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AcceptSelfScore_WithFourDecimals_IsRecordedAtFullPrecision_AndTheIndexRoundsOnceAtTheEnd()
    {
        var story = await SeedAsync();
        var proportional = await StampAsync(story.AssessmentId, story.Proportional);

        // Typed, the same number is refused: a person types at most two decimals.
        var typed = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<AppraiseCriterionHandler>(Roles.Inspector, userId: story.InspectorId)
            .HandleAsync(new AppraiseCriterion(story.AssessmentId, story.Proportional, AppraisalRound.First, 2.3025m, null, proportional), Ct));
        Assert.Contains(typed.Errors, e => e.ErrorMessage.Contains("2 chữ số thập phân", StringComparison.Ordinal));

        var accepted = await app.Handler<AcceptSelfScoreHandler>(Roles.Inspector, userId: story.InspectorId)
            .HandleAsync(new AcceptSelfScore(story.AssessmentId, story.Proportional, AppraisalRound.First, null, proportional), Ct);
        await app.Handler<AcceptSelfScoreHandler>(Roles.Inspector, userId: story.InspectorId)
            .HandleAsync(new AcceptSelfScore(story.AssessmentId, story.YesNo, AppraisalRound.First, null, await StampAsync(story.AssessmentId, story.YesNo)), Ct);

        Assert.Equal(2.3025m, accepted.FinalScore);
        await using (var db = app.NewDbContext())
        {
            var response = await db.CriterionResponses.SingleAsync(r => r.AssessmentId == story.AssessmentId && r.NodeId == story.Proportional);
            Assert.Equal((2.3025m, 2.3025m, 2.3025m), (response.SelfScore!.Value, response.Round1Score!.Value, response.FinalScore!.Value));
            Assert.Null(response.Round1Comment);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "appraisal.selfScoreAccepted" && e.EntityId == response.Id.ToString() && e.Succeeded));
        }

        // 2,3025 + 2 of 5 points is 86,05 %; rounding the criterion to 2,30 first would have published 86,00.
        var view = await app.Handler<GetAppraisalHandler>(Roles.Inspector, userId: story.InspectorId).HandleAsync(new GetAppraisal(story.PeriodId, story.UnitId), Ct);
        Assert.Equal((4.3025m, 5m), (view.Totals.Achieved, view.Totals.ApplicableMax));
        Assert.Equal(86.05m, view.Totals.AppraisedIndex);
        Assert.Equal(view.Totals.SelfIndex, view.Totals.AppraisedIndex);
        Assert.Equal(2, view.Totals.Appraised);
    }

    [Fact]
    public async Task AcceptSelfScore_RefusedWithoutASelfScore_OrForAnInspectorNotAssigned_OrOnAStaleVersion()
    {
        var story = await SeedAsync();
        var stamp = await StampAsync(story.AssessmentId, story.Proportional);
        var request = new AcceptSelfScore(story.AssessmentId, story.Proportional, AppraisalRound.First, null, stamp);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AcceptSelfScoreHandler>(Roles.Inspector).HandleAsync(request, Ct));
        await Assert.ThrowsAsync<AppraisalConflictException>(() => app.Handler<AcceptSelfScoreHandler>(Roles.Inspector, userId: story.InspectorId)
            .HandleAsync(request with { ConcurrencyStamp = Guid.NewGuid() }, Ct));
        var unanswered = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<AcceptSelfScoreHandler>(Roles.Inspector, userId: story.InspectorId)
            .HandleAsync(new AcceptSelfScore(story.AssessmentId, story.Unanswered, AppraisalRound.First, null, null), Ct));
        Assert.Contains(unanswered.Errors, e => e.PropertyName == "Score");

        await using var db = app.NewDbContext();
        Assert.Null(await db.CriterionResponses.Where(r => r.AssessmentId == story.AssessmentId && r.NodeId == story.Proportional)
            .Select(r => r.Round1Score).SingleAsync());
    }

    private sealed record Story(Guid PeriodId, Guid UnitId, Guid AssessmentId, Guid Proportional, Guid YesNo, Guid Unanswered, Guid InspectorId);

    /// <summary>
    /// One commune on a framework of a proportional 3-point criterion, a yes/no 2-point one and a yes/no one left
    /// unanswered (0 points possible, so the sheet still submits); the unit answered 76,75 % and yes, submitted, and
    /// the period is in round 1 with an inspector assigned to the unit.
    /// </summary>
    private async Task<Story> SeedAsync()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var block = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var unit = await app.SeedUnitAsync(block.Id, "Xã Tân Phú");
        var framework = new Framework(TestApp.UniqueCode("F"), "Khung làm tròn", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        var domain = framework.AddNode(null, NodeLevel.Domain, "1", "Cải cách thủ tục hành chính", 5m);
        var proportional = Leaf(framework, domain, "1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", 3m, RuleType.Proportional, "{}");
        var yesNo = Leaf(framework, domain, "1.2", "Công khai thủ tục hành chính", 2m, RuleType.YesNo, """{"yes":2,"no":0}""");
        var optional = framework.AddNode(null, NodeLevel.Domain, "T", "Điểm thưởng", 0m);
        var unanswered = Leaf(framework, optional, "T.1", "Sáng kiến", 0m, RuleType.Bonus, "{}");
        var year = await FreeYearAsync();
        var period = new EvaluationPeriod(year, $"Kỳ {year}", now.AddDays(-5), now.AddDays(3));
        period.UseFramework(block.Id, framework.Id);
        period.SetBands(null, ClassificationBands.Default);
        period.MoveTo(PeriodState.SelfAssessmentOpen, now.AddDays(-5));
        var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, framework.Id);
        await using (var db = app.NewDbContext())
        {
            db.Frameworks.Add(framework);
            db.Periods.Add(period);
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
        }

        // The unit types its rate the Vietnamese way.
        await Answer(assessment.Id, unit.Id, proportional.Id, "rate", "76,75");
        await Answer(assessment.Id, unit.Id, yesNo.Id, "done", "true");
        var stamp = (await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, unit.Id).HandleAsync(new GetSelfAssessment(period.Id, unit.Id), Ct)).ConcurrencyStamp;
        await app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, unit.Id).HandleAsync(new SubmitSelfAssessment(assessment.Id, stamp), Ct);
        await using (var db = app.NewDbContext())
        {
            var stored = await db.Periods.SingleAsync(p => p.Id == period.Id);
            stored.MoveTo(PeriodState.SelfAssessmentClosed, now);
            stored.MoveTo(PeriodState.AppraisalRound1, now);
            (await db.Assessments.SingleAsync(a => a.Id == assessment.Id)).BeginAppraisal();
            await db.SaveChangesAsync();
        }

        var inspector = await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("tdv").ToLowerInvariant(), "Thẩm định viên", Roles.Inspector, null, "mùa lúa chín vàng"), Ct);
        await app.Handler<AssignInspectorHandler>(Roles.Administrator).HandleAsync(new AssignInspector(period.Id, inspector, unit.Id, null), Ct);
        return new Story(period.Id, unit.Id, assessment.Id, proportional.Id, yesNo.Id, unanswered.Id, inspector);
    }

    private Task Answer(Guid assessmentId, Guid unitId, Guid nodeId, string key, string value) =>
        app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, unitId).HandleAsync(
            new SaveAnswer(assessmentId, nodeId, new Dictionary<string, string?> { [key] = value }, null, null), Ct);

    private async Task<Guid?> StampAsync(Guid assessmentId, Guid nodeId)
    {
        await using var db = app.NewDbContext();
        return await db.CriterionResponses.Where(r => r.AssessmentId == assessmentId && r.NodeId == nodeId)
            .Select(r => (Guid?)r.ConcurrencyStamp).SingleOrDefaultAsync();
    }

    private async Task<int> FreeYearAsync()
    {
        await using var db = app.NewDbContext();
        var used = await db.Periods.Select(p => p.Year).ToListAsync();
        return Enumerable.Range(2000, 101).Reverse().First(year => !used.Contains(year));
    }

    private static FrameworkNode Leaf(Framework framework, FrameworkNode domain, string code, string title, decimal max, RuleType type, string parameters)
    {
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, code, title, max);
        leaf.SetRule(AssessmentMethod.SelfAssessed, type, parameters, WhenNothingToCount.Zero);
        return leaf;
    }
}
