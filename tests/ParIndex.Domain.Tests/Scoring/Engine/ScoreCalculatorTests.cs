using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Scoring.Engine;

public sealed class ScoreCalculatorTests
{
    /// <summary>Methodology research 2.9: "Thanh tra tỉnh", 100 points of which 30 survey.</summary>
    [Fact]
    public void WorkedExample_InspectorateWithExcludedDomainAndLeaf_Is88Point77Good()
    {
        var framework = new Framework("SO", "Bộ chỉ số", BlockKind.Department, 1, "Thử", isIllustrative: true);
        framework.SetCaps(2m, 5m);
        var d3 = framework.AddNode(null, NodeLevel.Domain, "D3", "Cải cách TTHC", 20m);
        var d3Self = framework.AddNode(d3, NodeLevel.Criterion, "D3.1", "TTHC (tự chấm, bên ngoài)", 14m);
        var d3Survey = framework.AddNode(d3, NodeLevel.Criterion, "D3.2", "TTHC (khảo sát)", 6m);
        var d7 = framework.AddNode(null, NodeLevel.Domain, "D7", "Hiện đại hóa", 16m);
        var d73 = framework.AddNode(d7, NodeLevel.Criterion, "D7.3", "Ứng dụng, dịch vụ", 7m);
        var d7Other = framework.AddNode(d7, NodeLevel.Criterion, "D7.1", "Khác", 9m);
        var rest = framework.AddNode(null, NodeLevel.Domain, "DX", "Các lĩnh vực khác", 64m);
        var restSelf = framework.AddNode(rest, NodeLevel.Criterion, "DX.1", "Tự chấm", 40m);
        var restSurvey = framework.AddNode(rest, NodeLevel.Criterion, "DX.2", "Khảo sát", 24m);
        var bonus = framework.AddNode(null, NodeLevel.Domain, "T", "Điểm thưởng", 0m);
        bonus.SetRule(AssessmentMethod.SelfAssessed, RuleType.Bonus, "{}", WhenNothingToCount.Zero);
        var deduction = framework.AddNode(null, NodeLevel.Domain, "TR", "Điểm trừ", 0m);
        deduction.SetRule(AssessmentMethod.SelfAssessed, RuleType.Deduction, "{}", WhenNothingToCount.Zero);

        // Appraised self points 41.50 (9 + 32.50), survey 22.80 (all in DX.2), bonus +1, deduction −0.50.
        var score = ScoreCalculator.Compute(framework,
        [
            LeafScore.NotEvaluated(d3Self, "Không có TTHC"), LeafScore.NotEvaluated(d3Survey, "Không có TTHC"), LeafScore.NotEvaluated(d73, "Không có dịch vụ"),
            new LeafScore(d7Other, 9m, false, null, null), new LeafScore(restSelf, 32.5m, false, null, "Thiếu kế hoạch kiểm tra"),
            new LeafScore(restSurvey, 22.8m, false, null, null), new LeafScore(bonus, 1m, false, null, "Sáng kiến"), new LeafScore(deduction, 0.5m, false, null, "Nộp muộn"),
        ]);

        Assert.Equal((73m, 64.8m), (score.ApplicableMax, score.Achieved));
        Assert.Equal(88.77m, score.Published);
        Assert.Equal(Classification.Good, ClassificationBands.Classify(score.Index, ClassificationBands.Default));
        Assert.Null(score.Domains.Single(d => d.Code == "D3").Percent);
        Assert.Equal(100m, score.Domains.Single(d => d.Code == "D7").Percent);
        var biggest = score.Losses.First();
        Assert.Equal(("DX.1", 7.5m, "Thiếu kế hoạch kiểm tra"), (biggest.Code, biggest.Lost, biggest.Reason));
        Assert.Contains(score.Losses, l => l.Code == "DX.2" && l.Lost == 1.2m);
        Assert.DoesNotContain(score.Losses, l => l.Code == "D7.3");
    }

    [Fact]
    public void Bonus_AboveCapAndOver100_IsCappedAndClampedButTheUnclampedIndexIsKept()
    {
        var (framework, leaf, bonus) = Small(bonusCap: 2m);

        var score = ScoreCalculator.Compute(framework, [new LeafScore(leaf, 10m, false, null, null), new LeafScore(bonus, 5m, false, null, "Sáng kiến")]);

        Assert.Equal(2m, score.Bonus);
        Assert.Equal(100m, score.Index);
        Assert.Equal(120m, score.UnclampedIndex);
    }

    [Fact]
    public void Property_RaisingOneLeafNeverLowersTheIndex_AndWithoutBonusItStaysWithin0And100()
    {
        var random = new Random(20261123);
        for (var round = 0; round < 300; round++)
        {
            var framework = new Framework("P", "P", BlockKind.Department, 1, "P", isIllustrative: true);
            var domain = framework.AddNode(null, NodeLevel.Domain, "D", "D", 0m);
            var leaves = Enumerable.Range(0, random.Next(2, 12))
                .Select(i => framework.AddNode(domain, NodeLevel.Criterion, $"D.{i}", "L", random.Next(1, 40) / 4m))
                .ToList();
            var scores = leaves.Select(l => random.Next(5) == 0
                ? LeafScore.NotEvaluated(l, null)
                : new LeafScore(l, l.MaxPoints * random.Next(0, 101) / 100m, false, null, null)).ToList();
            var before = ScoreCalculator.Compute(framework, scores);
            var pick = random.Next(scores.Count);
            var raised = scores.ToList();
            if (!raised[pick].IsNotEvaluated)
            {
                raised[pick] = raised[pick] with { Points = Math.Min(raised[pick].Leaf.MaxPoints, raised[pick].Points + 0.25m) };
            }

            var after = ScoreCalculator.Compute(framework, raised);

            Assert.InRange(before.Index, 0m, 100m);
            Assert.True(after.Index >= before.Index, $"round {round}: {after.Index} < {before.Index}");
        }
    }

    private static (Framework Framework, FrameworkNode Leaf, FrameworkNode Bonus) Small(decimal bonusCap)
    {
        var framework = new Framework("S", "S", BlockKind.Department, 1, "S", isIllustrative: true);
        framework.SetCaps(bonusCap, 0m);
        var domain = framework.AddNode(null, NodeLevel.Domain, "D", "D", 10m);
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, "D.1", "L", 10m);
        var bonus = framework.AddNode(null, NodeLevel.Domain, "T", "Thưởng", 0m);
        bonus.SetRule(AssessmentMethod.SelfAssessed, RuleType.Bonus, "{}", WhenNothingToCount.Zero);
        return (framework, leaf, bonus);
    }
}
