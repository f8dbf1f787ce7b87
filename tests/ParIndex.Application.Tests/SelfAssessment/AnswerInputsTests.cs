using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.Tests.SelfAssessment;

public sealed class AnswerInputsTests
{
    private static readonly IReadOnlyList<InputField> Timeliness = ScoringRule.Parse(RuleType.Timeliness, "{}").Fields;

    [Theory]
    [InlineData("true", "true", true)]
    [InlineData(null, "false", true)]
    [InlineData("false", null, true)]
    [InlineData("true", null, false)]
    [InlineData(null, null, false)]
    public void IsComplete_Timeliness_NeedsOnTimeUnlessNotDone(string? done, string? onTime, bool complete)
    {
        var values = new Dictionary<string, string?> { ["done"] = done, ["onTime"] = onTime };

        Assert.Equal(complete, AnswerInputs.IsComplete(Timeliness, values));
    }

    [Fact]
    public void ToJson_RateWithDecimalComma_StoresExactNumbersTheRuleReads()
    {
        var fields = ScoringRule.Parse(RuleType.Proportional, "{}").Fields;

        var json = AnswerInputs.ToJson(fields, new Dictionary<string, string?> { ["numerator"] = "12,5", ["denominator"] = "50", ["rate"] = " " });

        Assert.Equal("""{"numerator":12.5,"denominator":50}""", json);
        Assert.Equal("12.5", AnswerInputs.FromJson(fields, json)["numerator"]);
    }
}
