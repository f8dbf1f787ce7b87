using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Scoring.Engine;

/// <summary>Whole-block properties of scoring and ranking over random frameworks and units (fixed seed).</summary>
public sealed class RankingPropertyTests
{
    private const int Rounds = 200;

    [Fact]
    public void Property_RaisingOneLeafOfOneUnitNeverWorsensItsRank()
    {
        var random = new Random(20261124);
        for (var round = 0; round < Rounds; round++)
        {
            var block = RandomBlock(random);
            var unit = random.Next(block.Units.Count);
            var leaf = random.Next(block.Leaves.Count);
            var before = RankOf(block);
            var current = block.Units[unit][leaf];
            if (current.IsNotEvaluated)
            {
                continue;
            }

            block.Units[unit][leaf] = current with { Points = Math.Min(current.Leaf.MaxPoints, current.Points + 0.5m) };
            var after = RankOf(block);

            Assert.True(after[unit] <= before[unit], $"round {round}: rank went from {before[unit]} to {after[unit]}");
        }
    }

    [Fact]
    public void Property_MarkingALeafNotEvaluatedForOneUnitLeavesEveryOtherUnitsIndexAndOrderUnchanged()
    {
        var random = new Random(20261125);
        for (var round = 0; round < Rounds; round++)
        {
            var block = RandomBlock(random);
            var unit = random.Next(block.Units.Count);
            var leaf = random.Next(block.Leaves.Count);
            var indexesBefore = Indexes(block);
            var ranksBefore = RankOf(block);

            block.Units[unit][leaf] = LeafScore.NotEvaluated(block.Leaves[leaf], "không phát sinh");
            var indexesAfter = Indexes(block);
            var ranksAfter = RankOf(block);

            var others = Enumerable.Range(0, block.Units.Count).Where(u => u != unit).ToList();
            Assert.All(others, u => Assert.Equal(indexesBefore[u], indexesAfter[u]));
            foreach (var a in others)
            {
                foreach (var b in others)
                {
                    Assert.Equal(ranksBefore[a] < ranksBefore[b], ranksAfter[a] < ranksAfter[b]);
                    Assert.Equal(ranksBefore[a] == ranksBefore[b], ranksAfter[a] == ranksAfter[b]);
                }
            }
        }
    }

    [Fact]
    public void Property_WithoutBonusEveryIndexStaysWithin0And100()
    {
        var random = new Random(20261126);
        for (var round = 0; round < Rounds; round++)
        {
            var block = RandomBlock(random);
            Assert.All(Indexes(block), index => Assert.InRange(index, 0m, 100m));
        }
    }

    private static RandomBlockData RandomBlock(Random random)
    {
        var framework = new Framework("P", "P", BlockKind.CommuneWard, 1, "P", isIllustrative: true);
        var leaves = new List<FrameworkNode>();
        var domainCount = random.Next(1, 4);
        for (var d = 0; d < domainCount; d++)
        {
            var domain = framework.AddNode(null, NodeLevel.Domain, $"D{d}", "D", 0m);
            var leafCount = random.Next(1, 6);
            for (var i = 0; i < leafCount; i++)
            {
                leaves.Add(framework.AddNode(domain, NodeLevel.Criterion, $"D{d}.{i}", "L", random.Next(1, 40) / 4m));
            }
        }

        var units = Enumerable.Range(0, random.Next(2, 15))
            .Select(_ => leaves.Select(l => random.Next(6) == 0
                    ? LeafScore.NotEvaluated(l, null)
                    : new LeafScore(l, l.MaxPoints * random.Next(0, 101) / 100m, false, null, null))
                .ToList())
            .ToList();
        return new RandomBlockData(framework, leaves, units);
    }

    private static List<decimal> Indexes(RandomBlockData block) =>
        block.Units.Select(scores => ScoreCalculator.Compute(block.Framework, scores).Index).ToList();

    private static IReadOnlyDictionary<int, int> RankOf(RandomBlockData block) =>
        Ranking.Rank(Indexes(block).Select((index, unit) => (unit, index)));

    private sealed record RandomBlockData(Framework Framework, List<FrameworkNode> Leaves, List<List<LeafScore>> Units);
}
