using System.Text.Json;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Benchmarks;

/// <summary>
/// A national-scale period: 3,355 units (3,321 communes and wards plus 34 provinces' worth of departments) on a
/// 120-leaf framework of mixed rule types, with each unit's figures for three rounds (self, round 1, round 2).
/// </summary>
public sealed class NationalPeriod
{
    public const int Units = 3355;
    public const int Leaves = 120;
    public const int Rounds = 3;

    public NationalPeriod(int seed = 2026)
    {
        var random = new Random(seed);
        Framework = new Framework("QG", "Bộ chỉ số quốc gia (đo hiệu năng)", BlockKind.CommuneWard, 1, "Benchmark", isIllustrative: true);
        Framework.SetCaps(2m, 5m);
        var leaves = new List<FrameworkNode>();
        for (var d = 0; d < 8; d++)
        {
            var domain = Framework.AddNode(null, NodeLevel.Domain, $"D{d + 1}", $"Lĩnh vực {d + 1}", 12.5m);
            for (var c = 0; c < Leaves / 8; c++)
            {
                var leaf = Framework.AddNode(domain, NodeLevel.Criterion, $"D{d + 1}.{c + 1}", $"Tiêu chí {c + 1}", 12.5m / (Leaves / 8));
                var (type, parameters) = (c % 4) switch
                {
                    0 => (RuleType.PercentTiers, """{"tiers":[{"min":98,"points":0.8333},{"min":95,"points":0.5},{"min":90,"points":0.25}]}"""),
                    1 => (RuleType.Proportional, """{"floor":50}"""),
                    2 => (RuleType.YesNo, "{}"),
                    _ => (RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":0.8333},{"min":3,"points":0.4}]}"""),
                };
                leaf.SetRule(AssessmentMethod.SelfAssessed, type, parameters, WhenNothingToCount.Excluded);
                leaves.Add(leaf);
            }
        }

        LeafNodes = leaves;
        // Recorded points per round: self, round 1 and, for one leaf in ten, round 2 after the explanation round.
        RecordedPoints = [.. Enumerable.Range(0, Units).Select(_ => leaves.Select(leaf => new decimal?[]
        {
            leaf.MaxPoints * random.Next(0, 101) / 100m,
            leaf.MaxPoints * random.Next(0, 101) / 100m,
            random.Next(10) == 0 ? leaf.MaxPoints * random.Next(0, 101) / 100m : null,
        }).ToArray())];
        Inputs = [.. Enumerable.Range(0, Units).Select(_ => Enumerable.Range(0, Rounds).Select(_ => leaves.Select(leaf => Input(leaf, random)).ToArray()).ToArray())];
    }

    public Framework Framework { get; }

    public IReadOnlyList<FrameworkNode> LeafNodes { get; }

    /// <summary>[unit][leaf][round] points as the self-assessment and the two appraisal rounds recorded them.</summary>
    public decimal?[][][] RecordedPoints { get; }

    /// <summary>[unit][round][leaf] figures as the unit or inspector entered them.</summary>
    public JsonElement[][][] Inputs { get; }

    private static JsonElement Input(FrameworkNode leaf, Random random) => JsonSerializer.SerializeToElement(leaf.RuleType switch
    {
        RuleType.PercentTiers or RuleType.Proportional => (object)new { numerator = random.Next(0, 201), denominator = random.Next(0, 6) == 0 ? 0 : 200 },
        RuleType.YesNo => new { done = random.Next(5) > 0 },
        _ => new { count = random.Next(0, 5) },
    });
}
