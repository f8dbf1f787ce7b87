using System.Text.Json;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Scoring.Engine;

/// <summary>Every rule type at its edges, with the JSON formats of docs/methodology.md.</summary>
public sealed class RuleScoringTests
{
    private const string Tiers = """{"tiers":[{"min":98,"points":4},{"min":95,"points":2},{"min":90,"points":1}]}""";

    [Theory]
    [InlineData("""{"rate":98}""", 4)]
    [InlineData("""{"rate":97.99}""", 2)]
    [InlineData("""{"rate":95}""", 2)]
    [InlineData("""{"rate":89.999}""", 0)]
    [InlineData("""{"numerator":196,"denominator":200}""", 4)]
    [InlineData("""{"numerator":195,"denominator":200}""", 2)]
    [InlineData("""{"rate":100}""", 4)]
    public void PercentTiers_AtEachBoundary_GivesTheTierReachedInclusive(string inputs, decimal expected)
    {
        var outcome = Score(RuleType.PercentTiers, Tiers, 4m, inputs);

        Assert.Equal(expected, outcome.Points);
        Assert.False(outcome.IsExcluded);
    }

    [Fact]
    public void PercentTiers_ExplanationNamesRateFractionTierAndPoints_AsNumbers()
    {
        var outcome = Score(RuleType.PercentTiers, Tiers, 4m, """{"numerator":195,"denominator":200}""");

        // Worded by the Application ("Tỷ lệ 97,50% (195/200): mức ≥ 95% → 2/4 điểm.", RuleWordingTests): here, the values.
        var explanation = outcome.Explanation;
        Assert.Equal("outcome.percentTiers", explanation.Code);
        var rate = Assert.IsType<RuleText>(explanation.Arguments[0]);
        Assert.Equal("outcome.rateOf", rate.Code);
        Assert.Equal([97.5m, 195m, 200m], rate.Arguments.Cast<decimal>());
        var tier = Assert.IsType<RuleText>(explanation.Arguments[1]);
        Assert.Equal(("outcome.tierReached", 95m), (tier.Code, (decimal)tier.Arguments[0]));
        Assert.Equal([2m, 4m], explanation.Arguments.Skip(2).Cast<decimal>());
    }

    [Theory]
    [InlineData(WhenNothingToCount.FullPoints, 2, false)]
    [InlineData(WhenNothingToCount.Excluded, 0, true)]
    [InlineData(WhenNothingToCount.Zero, 0, false)]
    public void RateRules_DenominatorZero_FollowWhatTheLeafSays(WhenNothingToCount rule, decimal points, bool excluded)
    {
        foreach (var (type, parameters) in new[] { (RuleType.PercentTiers, """{"tiers":[{"min":100,"points":2}]}"""), (RuleType.Proportional, "{}") })
        {
            var outcome = ScoringRule.Parse(type, parameters).Score(2m, Json("""{"numerator":0,"denominator":0}"""), rule);

            Assert.Equal((points, excluded), (outcome.Points, outcome.IsExcluded));
        }
    }

    [Theory]
    [InlineData("""{"rate":65.99}""", 0)]
    [InlineData("""{"rate":80}""", 1.2)]
    [InlineData("""{"numerator":2,"denominator":3}""", 1)]
    [InlineData("""{"rate":120}""", 1.5)]
    public void Proportional_WithFloor_IsRateTimesMaxAboveTheFloorAndNeverAboveMax(string inputs, decimal expected)
    {
        var outcome = Score(RuleType.Proportional, """{"floor":66}""", 1.5m, inputs);

        Assert.Equal(expected, decimal.Round(outcome.Points, 10));
    }

    [Fact]
    public void Proportional_KeepsFullPrecision()
    {
        var outcome = Score(RuleType.Proportional, "{}", 1m, """{"numerator":1,"denominator":7}""");

        // 1/7 × 1 point stays 0.142857…: only the index is rounded, once, at the end.
        Assert.NotEqual(0.14m, outcome.Points);
        Assert.Equal(0.142857m, decimal.Round(outcome.Points, 6));
    }

    [Theory]
    [InlineData("""{"done":true}""", 1.5)]
    [InlineData("""{"done":false}""", 0)]
    [InlineData("{}", 0)]
    public void YesNo_GivesYesOrNoPoints(string inputs, decimal expected) =>
        Assert.Equal(expected, Score(RuleType.YesNo, """{"yes":1.5,"no":0}""", 1.5m, inputs).Points);

    [Theory]
    [InlineData("""{"onTime":true}""", 1)]
    [InlineData("""{"onTime":false,"daysLate":3}""", 0.5)]
    [InlineData("""{"onTime":false,"done":false}""", 0)]
    public void Timeliness_OnTimeLateOrNotDone(string inputs, decimal expected) =>
        Assert.Equal(expected, Score(RuleType.Timeliness, """{"onTime":1,"late":0.5}""", 1m, inputs).Points);

    [Theory]
    [InlineData("Thực hiện tốt", 2.5)]
    [InlineData("thực hiện một phần", 1)]
    [InlineData("Không có mức này", 0)]
    public void Level_GivesTheChosenLevelsPoints(string level, decimal expected) =>
        Assert.Equal(expected, Score(RuleType.Level,
            """{"levels":[{"label":"Thực hiện tốt","points":2.5},{"label":"Thực hiện đầy đủ","points":2},{"label":"Thực hiện một phần","points":1},{"label":"Không thực hiện","points":0}]}""",
            2.5m, JsonSerializer.Serialize(new { level })).Points);

    [Theory]
    [InlineData(4, 1)]
    [InlineData(3, 0.5)]
    [InlineData(2, 0)]
    public void CountTiers_GivesTheTierReached(int count, decimal expected) =>
        Assert.Equal(expected, Score(RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":1},{"min":3,"points":0.5}]}""", 1m,
            JsonSerializer.Serialize(new { count })).Points);

    [Fact]
    public void Survey_AnswerCounts_AreWeightedPerOption()
    {
        var outcome = Score(RuleType.Survey, """{"weights":{"A":100,"B":60,"C":20,"D":0}}""", 6m, """{"answers":{"A":6,"B":2,"C":1,"D":1}}""");

        // (6×100 + 2×60 + 1×20 + 0) / 10 = 74% of 6 points.
        Assert.Equal(4.44m, outcome.Points);
    }

    [Fact]
    public void Formula_EvaluatesOverVariablesAndMax_AndTreatsAZeroDivisorAsNothingToCount()
    {
        const string Rule = """{"variables":[{"name":"ontime","label":"Đúng hạn"},{"name":"total","label":"Tổng"}],"expression":"min(ontime / total, 1) * max"}""";

        Assert.Equal(1.8m, Score(RuleType.Formula, Rule, 2m, """{"ontime":90,"total":100}""").Points);
        Assert.Equal(2m, Score(RuleType.Formula, Rule, 2m, """{"ontime":120,"total":100}""").Points);
        Assert.True(ScoringRule.Parse(RuleType.Formula, Rule).Score(2m, Json("""{"ontime":0,"total":0}"""), WhenNothingToCount.Excluded).IsExcluded);
    }

    [Theory]
    [InlineData(RuleType.PercentTiers, """{"tiers":[{"min":95,"points":2},{"min":98,"points":4}]}""", "rule.tierOrder")]
    [InlineData(RuleType.PercentTiers, """{"tiers":[{"min":98,"points":1},{"min":95,"points":2}]}""", "rule.tierPoints")]
    [InlineData(RuleType.PercentTiers, """{"tiers":[{"min":98,"points":5}]}""", "rule.points")]
    [InlineData(RuleType.PercentTiers, """{"tiers":[{"min":98,"points":4},{"min":98,"points":2}]}""", "rule.tierOrder")]
    [InlineData(RuleType.Proportional, """{"floor":120}""", "rule.floor")]
    [InlineData(RuleType.Level, """{"levels":[{"label":"Tốt","points":9}]}""", "rule.points")]
    [InlineData(RuleType.Formula, """{"variables":[{"name":"a"}],"expression":"a / b * max"}""", "rule.formulaVariable")]
    [InlineData(RuleType.Formula, """{"variables":[{"name":"a"}],"expression":"a * (max"}""", "rule.formula")]
    public void Check_BadParameters_NamesTheProblem(RuleType type, string parameters, string code)
    {
        var problems = ScoringRule.Parse(type, parameters).Check(4m);

        Assert.Contains(problems, p => p.Code == code);
    }

    [Fact]
    public void Check_DemoStyleParameters_HaveNoProblem()
    {
        Assert.Empty(ScoringRule.Parse(RuleType.PercentTiers, Tiers).Check(4m));
        Assert.Empty(ScoringRule.Parse(RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":1},{"min":3,"points":0.5}]}""").Check(1m));
    }

    private static RuleOutcome Score(RuleType type, string parameters, decimal max, string inputs) =>
        ScoringRule.Parse(type, parameters).Score(max, Json(inputs), WhenNothingToCount.FullPoints);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
