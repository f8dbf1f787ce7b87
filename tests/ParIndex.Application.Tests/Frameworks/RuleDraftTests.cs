using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Tests.Frameworks;

/// <summary>The editor's draft of a rule reads the JSON the domain reads and writes it back unchanged; its checks run before saving.</summary>
public sealed class RuleDraftTests
{
    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadThenWrite_EveryRuleType_GivesTheSameJson(RuleType type, string json)
    {
        var draft = RuleDraft.Read(type, json);

        Assert.Equal(json, draft.ToJson(type));
        Assert.Empty(draft.Problems(type, 2.5m));
    }

    [Fact]
    public void ReadThenWrite_HandTypedJson_KeepsWhatTheDomainReads()
    {
        // Numbers as strings, another property order and a missing "no" (read as 0) all stay what they meant.
        var draft = RuleDraft.Read(RuleType.YesNo, """{ "YES": "1.50" }""");

        Assert.Equal("""{"yes":1.5}""", draft.ToJson(RuleType.YesNo));
        Assert.Equal("{}", RuleDraft.Read(RuleType.Level, "{}").ToJson(RuleType.Level));
    }

    [Fact]
    public void Problems_TierWorthMoreThanTheMaximum_IsRefused()
    {
        var draft = new RuleDraft { Tiers = [new() { Min = 90, Points = 1.5m }, new() { Min = 70, Points = 0.5m }] };

        var problem = Assert.Single(draft.Problems(RuleType.PercentTiers, 1m));

        Assert.Equal("rule.points", problem.Code);
        Assert.Empty(draft.Problems(RuleType.PercentTiers, 1.5m));
    }

    [Fact]
    public void Problems_RowLeftHalfEmpty_OrThresholdsOutOfOrder_AreNamed()
    {
        var halfEmpty = new RuleDraft { Tiers = [new() { Min = 90, Points = 1m }, new() { Min = 70 }] };
        var unordered = new RuleDraft { Tiers = [new() { Min = 70, Points = 0.5m }, new() { Min = 90, Points = 1m }] };

        Assert.Equal("rule.tierIncomplete", Assert.Single(halfEmpty.Problems(RuleType.PercentTiers, 1m)).Code);
        Assert.Contains(unordered.Problems(RuleType.PercentTiers, 1m), p => p.Code == "rule.tierOrder");
    }

    [Fact]
    public void Problems_FormulaVariables_MustBeNamesTheFormulaCanUse()
    {
        var draft = new RuleDraft { Variables = [new() { Name = "số hồ sơ" }], Expression = "a / b * max" };

        Assert.Equal("rule.variableName", Assert.Single(draft.Problems(RuleType.Formula, 1m)).Code);
        draft.Variables[0].Name = "a";
        Assert.Equal("rule.formulaVariable", Assert.Single(draft.Problems(RuleType.Formula, 1m)).Code);
    }

    [Fact]
    public void ProblemsOf_ParametersThatDoNotRead_AreAProblem()
    {
        Assert.Equal("rule.parameters", Assert.Single(RuleDraft.ProblemsOf(RuleType.PercentTiers, """{"tiers":"nhiều"}""", 1m)).Code);
    }

    public static TheoryData<RuleType, string> Samples => RuleSamples.All;
}
