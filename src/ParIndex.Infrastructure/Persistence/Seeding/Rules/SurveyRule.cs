using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>From the imported survey: maximum × mean answer weight (A/B/C/D = 100/60/20/0%); never self-scored.</summary>
internal sealed class SurveyRule(string source) : DemoRule
{
    public override RuleType Type => RuleType.Survey;

    public override bool CountsCases => true;

    public override string Parameters(decimal max) =>
        DemoText.ToJson(new { source, weights = new { A = 100, B = 60, C = 20, D = 0 } });

    public override LeafOutcome Full(decimal max, Random random) => Result(max, 100m, random);

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random) => null;

    /// <summary>The survey result for a unit whose respondents rated it at <paramref name="rate"/> percent.</summary>
    public LeafOutcome Result(decimal max, decimal rate, Random random)
    {
        var respondents = random.Next(40, 220);
        var points = max * rate / 100m;
        var comment = points < max
            ? $"Kết quả {source} ({respondents} phiếu): tỷ lệ quy đổi {DemoText.Percent(rate)} → {DemoText.OutOf(points, max)}."
            : null;
        return new LeafOutcome(points, DemoText.ToJson(new { rate = DemoText.Plain(rate), respondents }), comment);
    }
}
