using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// A leaf's scoring rule, read from its parameters (docs/methodology.md lists the JSON of each type). Rules never
/// round: the index is rounded once, at the end.
/// </summary>
public abstract record ScoringRule
{
    public static ScoringRule Parse(RuleType type, string parameters) => type switch
    {
        RuleType.YesNo => RuleInputs.Parse<YesNoRule>(parameters),
        RuleType.Timeliness => RuleInputs.Parse<TimelinessRule>(parameters),
        RuleType.Level => RuleInputs.Parse<LevelRule>(parameters),
        RuleType.PercentTiers or RuleType.External => RuleInputs.Parse<PercentTiersRule>(parameters),
        RuleType.Proportional => RuleInputs.Parse<ProportionalRule>(parameters),
        RuleType.CountTiers => RuleInputs.Parse<CountTiersRule>(parameters),
        RuleType.Survey => RuleInputs.Parse<SurveyRule>(parameters),
        RuleType.Formula => RuleInputs.Parse<FormulaRule>(parameters),
        RuleType.Bonus or RuleType.Deduction => new AwardedPointsRule(),
        _ => throw new Common.DomainException("rule.type", $"Unknown rule type {type}.", type),
    };

    /// <summary>What the unit enters for this rule; empty when the points come from elsewhere (survey, external data, inspectors).</summary>
    public abstract IReadOnlyList<InputField> Fields { get; }

    /// <summary>Problems a person must fix in the parameters before units are scored with them.</summary>
    public abstract IReadOnlyList<RuleProblem> Check(decimal maxPoints);

    public abstract RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount);

    /// <summary>What a rate rule gives when there was nothing to count (a denominator of 0).</summary>
    protected static RuleOutcome NothingToCount(decimal maxPoints, WhenNothingToCount rule) => rule switch
    {
        WhenNothingToCount.FullPoints => new RuleOutcome(maxPoints, false, () => new RuleText("outcome.nothingToCountFull", maxPoints)),
        WhenNothingToCount.Excluded => RuleOutcome.Excluded(NothingToCountExcluded),
        _ => new RuleOutcome(0m, false, NothingToCountZero),
    };

    protected static RuleOutcome NotEntered() => new(0m, false, NotEnteredText);

    // Sentences without values are shared: a whole country's leaves need no copy of each.
    private static readonly RuleText NotEnteredText = new("outcome.notEntered");
    private static readonly RuleText NothingToCountExcluded = new("outcome.nothingToCountExcluded");
    private static readonly RuleText NothingToCountZero = new("outcome.nothingToCountZero");

    protected static decimal Clamp(decimal points, decimal maxPoints) => Math.Clamp(points, 0m, maxPoints);
}
