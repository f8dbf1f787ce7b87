using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// Security test A7 for appraisal: every role against every appraisal action. Only the marked cells succeed; the
/// others are refused before anything changes. "inspector" is the one assigned to the unit, "stranger" an inspector
/// with no assignment; "agency-other" is staff of another unit.
/// </summary>
public sealed class AppraisalRoleMatrixTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static TheoryData<string, string, bool> Matrix()
    {
        var cells = new (string Who, string Allowed)[]
        {
            ("staff", "read answer"),
            ("agency-leader", "read answer"),
            ("agency-other", ""),
            ("inspector", "read appraise ask accept"),
            ("stranger", "read"),
            ("administrator", "read assign step release accept"),
            ("council", "read approve"),
            ("leader", "read"),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var (who, allowed) in cells)
        {
            foreach (var action in new[] { "read", "appraise", "ask", "answer", "assign", "step", "release", "approve", "accept" })
            {
                data.Add(who, action, allowed.Split(' ').Contains(action));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Action_ByRole_IsAllowedOnlyWhereTheMatrixSays(string who, string action, bool allowed)
    {
        var story = await AppraisalStory.SeedAsync(app);
        await PrepareAsync(story, action);

        var attempt = await Record.ExceptionAsync(() => RunAsync(story, who, action));

        if (allowed)
        {
            Assert.Null(attempt);
        }
        else
        {
            Assert.True(attempt is AccessDeniedException, $"{who} {action}: {attempt?.GetType().Name ?? "allowed"}");
        }
    }

    /// <summary>Puts the period where the action belongs, so a refusal is the role's, not the state's.</summary>
    private async Task PrepareAsync(AppraisalStory story, string action)
    {
        if (action == "answer")
        {
            await story.Inspector1<AskForExplanationHandler>(app).HandleAsync(new AskForExplanation(story.Sa.AssessmentA, story.Sa.Rate, "Đề nghị giải trình."), Ct);
        }

        if (action is "step" or "approve")
        {
            await story.ResolveForCouncilAsync(app);
        }

        var next = action switch
        {
            "answer" => PeriodState.ExplanationOpen,
            "approve" => PeriodState.CouncilReview,
            _ => (PeriodState?)null,
        };
        if (next is null)
        {
            return;
        }

        await using var db = app.NewDbContext();
        var period = await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        period.SetLaterDeadlines(now.AddDays(5), null);
        period.MoveTo(next.Value, now);
        foreach (var assessment in await db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync())
        {
            assessment.OpenExplanation();
        }

        await db.SaveChangesAsync();
    }

    private async Task RunAsync(AppraisalStory story, string who, string action)
    {
        var sa = story.Sa;
        T Handler<T>()
            where T : notnull => who switch
            {
                "staff" => app.Handler<T>(Roles.AgencyStaff, sa.UnitA),
                "agency-leader" => app.Handler<T>(Roles.AgencyLeader, sa.UnitA),
                "agency-other" => app.Handler<T>(Roles.AgencyStaff, sa.UnitB),
                "inspector" => story.Inspector1<T>(app),
                "stranger" => app.Handler<T>(Roles.Inspector),
                "administrator" => app.Handler<T>(Roles.Administrator),
                "council" => app.Handler<T>(Roles.CouncilMember),
                _ => app.Handler<T>(Roles.Leader),
            };

        switch (action)
        {
            case "read":
                await Handler<GetAppraisalHandler>().HandleAsync(new GetAppraisal(sa.PeriodId, sa.UnitA), Ct);
                break;
            case "appraise":
                await Handler<AppraiseCriterionHandler>().HandleAsync(
                    new AppraiseCriterion(sa.AssessmentA, sa.Level, AppraisalRound.First, 2m, null, await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Level)), Ct);
                break;
            case "ask":
                await Handler<AskForExplanationHandler>().HandleAsync(new AskForExplanation(sa.AssessmentA, sa.Level, "Đề nghị làm rõ."), Ct);
                break;
            case "answer":
                await Handler<AnswerExplanationHandler>().HandleAsync(
                    new AnswerExplanation(sa.AssessmentA, sa.Rate, "Đã bổ sung.", (await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate))!.Value), Ct);
                break;
            case "assign":
                await Handler<AssignInspectorHandler>().HandleAsync(new AssignInspector(sa.PeriodId, story.Inspector2Id, sa.UnitB, null), Ct);
                break;
            case "step":
                await Handler<ChangePeriodStateHandler>().HandleAsync(
                    new ChangePeriodState(sa.PeriodId, PeriodState.CouncilReview, null, null, await AppraisalStory.PeriodStampAsync(app, sa.PeriodId)), Ct);
                break;
            case "accept":
                await Handler<AcceptRemainingSelfScoresHandler>().HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitA, null), Ct);
                break;
            case "release":
                await Handler<ReleaseRound1ResultsHandler>().HandleAsync(new ReleaseRound1Results(sa.PeriodId, true, await AppraisalStory.PeriodStampAsync(app, sa.PeriodId)), Ct);
                break;
            case "approve":
                await Handler<ApproveResultsHandler>().HandleAsync(new ApproveResults(sa.PeriodId, new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ",
                    new DateOnly(2026, 11, 21), 9, 6, null, await AppraisalStory.PeriodStampAsync(app, sa.PeriodId)), Ct);
                break;
        }
    }
}
