using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Scoring.Engine;

public sealed class BandConditionAndTieBreakTests
{
    private static readonly (Classification, decimal, decimal?)[] ExcellentNeeds80 =
    [
        (Classification.Excellent, 90m, 80m), (Classification.Good, 80m, null), (Classification.Fair, 70m, null),
        (Classification.Average, 50m, null), (Classification.Weak, 0m, null),
    ];

    [Fact]
    public void Classify_ExcellentIndexWithAWeakDomain_FallsToGood()
    {
        Assert.Equal(Classification.Good, ClassificationBands.Classify(94.2m, ExcellentNeeds80, [100m, 79.994m, 95m]));
        Assert.Equal(Classification.Excellent, ClassificationBands.Classify(94.2m, ExcellentNeeds80, [100m, 79.995m, 95m]));
        Assert.Equal(Classification.Good, ClassificationBands.Classify(85m, ExcellentNeeds80, [100m]));
    }

    [Fact]
    public void SetBands_WithCondition_IsStoredOnThePeriodAndValidated()
    {
        var period = new EvaluationPeriod(2027, "Năm 2027", new DateTime(2027, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        period.SetBands(null, ExcellentNeeds80);

        Assert.Equal(80m, period.Bands.Single(b => b.Classification == Classification.Excellent).MinDomainPercent);
        Assert.Throws<Common.DomainException>(() => period.SetBands(null, [(Classification.Excellent, 90m, 120m), (Classification.Weak, 0m, null)]));
        Assert.Equal(80m, period.Bands.Single(b => b.Classification == Classification.Excellent).MinDomainPercent);
    }

    [Fact]
    public void Rank_WithTieBreak_OrdersEqualIndexesAndSharesOnlyWhenBothAreEqual()
    {
        var ranks = Ranking.Rank<string>([("A", 91.004m, 80m), ("B", 91m, 95m), ("C", 91m, 95m), ("D", 92m, 0m), ("E", 90m, 100m)]);

        Assert.Equal([1, 2, 2, 4, 5], new[] { "D", "B", "C", "A", "E" }.Select(k => ranks[k]));
    }
}
