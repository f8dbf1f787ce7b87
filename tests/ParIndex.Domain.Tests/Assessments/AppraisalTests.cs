using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Tests.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Assessments;

/// <summary>Both rounds on one response: reasons when points are taken away, limits, and round 2 over round 1 without erasing it.</summary>
public sealed class AppraisalTests
{
    private static readonly Guid Inspector = Guid.NewGuid();
    private static readonly DateTime At = PeriodFactory.During;

    private readonly Framework _framework = new("F-APPR", "Khung", BlockKind.Department, 1, "Thử", isIllustrative: true);

    [Fact]
    public void Round1_BelowTheSelfScore_NeedsAReason_AtOrAboveItDoesNot()
    {
        var (leaf, response) = Answered(RuleType.YesNo, max: 2m, selfScore: 2m);

        Assert.Equal("appraisal.reasonRequired",
            Assert.Throws<DomainException>(() => response.Appraise(AppraisalRound.First, leaf, 2m, 1.5m, "  ", Inspector, At)).Code);
        response.Appraise(AppraisalRound.First, leaf, 2m, 2m, null, Inspector, At);

        Assert.Equal((2m, 2m), (response.Round1Score!.Value, response.FinalScore!.Value));
    }

    [Fact]
    public void AnyDeduction_NeedsAReason_AndStaysWithinTheFrameworksCap()
    {
        var (leaf, response) = Answered(RuleType.Deduction, max: 0m, selfScore: null);

        Assert.Throws<DomainException>(() => response.Appraise(AppraisalRound.First, leaf, 5m, 0.5m, null, Inspector, At));
        Assert.Equal("appraisal.outOfRange",
            Assert.Throws<DomainException>(() => response.Appraise(AppraisalRound.First, leaf, 5m, 5.25m, "Vi phạm", Inspector, At)).Code);
        response.Appraise(AppraisalRound.First, leaf, 5m, 0.5m, "Chậm báo cáo quý III.", Inspector, At);
        response.Appraise(AppraisalRound.First, leaf, 5m, 0m, null, Inspector, At);

        Assert.Equal(0m, response.FinalScore);
    }

    [Fact]
    public void Round2_DecidesButKeepsRound1_AndItsCommentFallsBackToRound1s()
    {
        var (leaf, response) = Answered(RuleType.PercentTiers, max: 4m, selfScore: 4m);
        response.Appraise(AppraisalRound.First, leaf, 4m, 2m, "Thiếu báo cáo tháng 12.", Inspector, At);
        response.AskForExplanation("Đề nghị bổ sung.", Inspector);
        response.AnswerExplanation("Đã bổ sung.", Guid.NewGuid(), At);

        response.Appraise(AppraisalRound.Second, leaf, 4m, 4m, null, Inspector, At.AddDays(10));

        Assert.Equal((2m, 4m, 4m), (response.Round1Score!.Value, response.Round2Score!.Value, response.FinalScore!.Value));
        Assert.Equal("Thiếu báo cáo tháng 12.", response.AppraisalComment);
        Assert.Equal(("Đề nghị bổ sung.", "Đã bổ sung."), (response.ExplanationQuestion, response.ExplanationAnswer));
    }

    [Fact]
    public void AnAnswer_WithoutAQuestion_IsRefused()
    {
        var (_, response) = Answered(RuleType.YesNo, max: 1m, selfScore: 1m);

        Assert.Equal("explanation.notAsked", Assert.Throws<DomainException>(() => response.AnswerExplanation("?", Guid.NewGuid(), At)).Code);
    }

    private (FrameworkNode Leaf, CriterionResponse Response) Answered(RuleType type, decimal max, decimal? selfScore)
    {
        var domain = _framework.AddNode(null, NodeLevel.Domain, $"D{_framework.Nodes.Count}", "Lĩnh vực", max);
        var leaf = _framework.AddNode(domain, NodeLevel.Criterion, $"{domain.Code}.1", "Tiêu chí", max);
        leaf.SetRule(AssessmentMethod.SelfAssessed, type, "{}", WhenNothingToCount.Zero);
        var assessment = new Assessment(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), _framework.Id);
        var response = assessment.ResponseFor(leaf.Id);
        if (selfScore is { } self)
        {
            response.RecordSelfAssessment("{}", self, null, Guid.NewGuid(), At);
        }

        return (leaf, response);
    }
}
