using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Scoring;

public sealed class RankingTests
{
    [Fact]
    public void Rank_TieOnSecondPlace_GivesCompetitionRanks1224()
    {
        var ranks = Ranking.Rank([("A", 96.84m), ("B", 91.20m), ("C", 91.20m), ("D", 88.00m)]);

        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2, ["C"] = 2, ["D"] = 4 }, ranks);
    }

    [Fact]
    public void Rank_IndexesEqualOnlyAfterRounding_ShareARank()
    {
        var ranks = Ranking.Rank([("A", 96.8449m), ("B", 96.845m), ("C", 96.849m), ("D", 96.8401m)]);

        Assert.Equal(1, ranks["B"]);
        Assert.Equal(1, ranks["C"]);
        Assert.Equal(3, ranks["A"]);
        Assert.Equal(3, ranks["D"]);
    }

    [Fact]
    public void Rank_InputInAnyOrder_RanksByIndexDescending()
    {
        var ranks = Ranking.Rank([("low", 50m), ("high", 99m), ("mid", 75m)]);

        Assert.Equal([("high", 1), ("mid", 2), ("low", 3)], ranks.OrderBy(r => r.Value).Select(r => (r.Key, r.Value)));
    }

    [Fact]
    public void Rank_AllEqual_GivesEveryoneFirst()
    {
        var ranks = Ranking.Rank([(1, 80m), (2, 80m), (3, 80.001m)]);

        Assert.All(ranks.Values, rank => Assert.Equal(1, rank));
    }

    [Fact]
    public void Rank_NoScores_GivesNoRanks()
    {
        Assert.Empty(Ranking.Rank(Array.Empty<(Guid, decimal)>()));
    }
}
