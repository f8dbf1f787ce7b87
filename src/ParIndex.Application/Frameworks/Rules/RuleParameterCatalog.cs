using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks.Rules;

/// <summary>One parameter a rule type reads from its JSON (docs/methodology.md, "Rule types and their parameters").</summary>
public enum RuleParameter
{
    /// <summary>Points when done ("yes"); empty means the criterion's maximum.</summary>
    YesPoints = 1,

    /// <summary>Points when not done ("no").</summary>
    NoPoints = 2,

    /// <summary>Points when on time ("onTime"); empty means the criterion's maximum.</summary>
    OnTimePoints = 3,

    /// <summary>Points when late ("late").</summary>
    LatePoints = 4,

    /// <summary>Thresholds and their points, best first ("tiers").</summary>
    Tiers = 5,

    /// <summary>The fixed number a count is out of ("of"), optional.</summary>
    OutOf = 6,

    /// <summary>The rate below which a proportional rule gives 0 ("floor"), optional.</summary>
    Floor = 7,

    /// <summary>Named levels and their points ("levels").</summary>
    Levels = 8,

    /// <summary>The figures a formula reads, each with the question the unit answers ("variables").</summary>
    Variables = 9,

    /// <summary>The formula over the variables and <c>max</c> ("expression").</summary>
    Expression = 10,

    /// <summary>Where survey results come from ("source"), optional.</summary>
    Source = 11,

    /// <summary>Per answer option, the share of a full score it is worth ("weights").</summary>
    Weights = 12,
}

/// <summary>How a parameter is entered and which values it takes.</summary>
public enum RuleParameterKind
{
    /// <summary>Points within 0..the criterion's maximum.</summary>
    Points = 1,

    /// <summary>A percentage within 0..100.</summary>
    Percent = 2,

    /// <summary>A whole number of zero or more.</summary>
    Count = 3,

    /// <summary>Rows of threshold and points, thresholds falling, points never rising.</summary>
    Tiers = 4,

    /// <summary>Rows of a distinct label and points.</summary>
    Levels = 5,

    /// <summary>Rows of a name (letters, digits, _) and the question the unit answers.</summary>
    Variables = 6,

    /// <summary>An expression of numbers, variables, + − * /, brackets, min() and max().</summary>
    Formula = 7,

    /// <summary>Free text.</summary>
    Text = 8,

    /// <summary>Rows of an answer option and a weight within 0..100 (%).</summary>
    Weights = 9,
}

/// <summary>
/// A parameter of a rule type: what it is, how it is entered, whether it must be given, and for tiers what the
/// thresholds measure (a percent, or a count).
/// </summary>
public sealed record RuleParameterSpec(RuleParameter Parameter, RuleParameterKind Kind, bool Required, RuleParameterKind? TierScale = null);

/// <summary>The parameters of each rule type — the one description the form, the Excel columns and the guidance follow.</summary>
public static class RuleParameterCatalog
{
    public static IReadOnlyList<RuleParameterSpec> For(RuleType type) => type switch
    {
        RuleType.YesNo =>
        [
            new(RuleParameter.YesPoints, RuleParameterKind.Points, Required: false),
            new(RuleParameter.NoPoints, RuleParameterKind.Points, Required: false),
        ],
        RuleType.Timeliness =>
        [
            new(RuleParameter.OnTimePoints, RuleParameterKind.Points, Required: false),
            new(RuleParameter.LatePoints, RuleParameterKind.Points, Required: false),
        ],
        RuleType.Level => [new(RuleParameter.Levels, RuleParameterKind.Levels, Required: true)],
        RuleType.PercentTiers or RuleType.External => [new(RuleParameter.Tiers, RuleParameterKind.Tiers, Required: true, RuleParameterKind.Percent)],
        RuleType.CountTiers =>
        [
            new(RuleParameter.OutOf, RuleParameterKind.Count, Required: false),
            new(RuleParameter.Tiers, RuleParameterKind.Tiers, Required: true, RuleParameterKind.Count),
        ],
        RuleType.Proportional => [new(RuleParameter.Floor, RuleParameterKind.Percent, Required: false)],
        RuleType.Formula =>
        [
            new(RuleParameter.Variables, RuleParameterKind.Variables, Required: false),
            new(RuleParameter.Expression, RuleParameterKind.Formula, Required: true),
        ],
        RuleType.Survey =>
        [
            new(RuleParameter.Source, RuleParameterKind.Text, Required: false),
            new(RuleParameter.Weights, RuleParameterKind.Weights, Required: false),
        ],
        _ => [],
    };

    /// <summary>Whether the rule scores a rate, so "nothing to count" (a denominator of 0) can happen.</summary>
    public static bool CountsCases(RuleType type) =>
        type is RuleType.PercentTiers or RuleType.External or RuleType.Proportional or RuleType.Formula or RuleType.Survey;
}
