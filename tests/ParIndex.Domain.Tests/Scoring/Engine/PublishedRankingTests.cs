using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Scoring.Engine;

/// <summary>Published results from shared/seeds reproduced by the bands and ranking rules.</summary>
public sealed class PublishedRankingTests
{
    /// <summary>Thừa Thiên Huế 2017 (seed 000): four departments "xuất sắc" in this order, under the default bands.</summary>
    [Fact]
    public void ThuaThienHue2017_TopDepartments_RankAndClassAsPublished()
    {
        (string Unit, decimal Index)[] published = [("Sở Nội vụ", 91.01m), ("Văn phòng UBND tỉnh", 96.84m), ("Sở Tư pháp", 92.47m), ("Sở Y tế", 93.45m), ("Một sở xếp loại tốt", 88.2m)];

        var ranks = Ranking.Rank(published.Select(p => (p.Unit, p.Index)));

        Assert.Equal([1, 2, 3, 4, 5], new[] { "Văn phòng UBND tỉnh", "Sở Y tế", "Sở Tư pháp", "Sở Nội vụ", "Một sở xếp loại tốt" }.Select(u => ranks[u]));
        Assert.All(published.Take(4), p => Assert.Equal(Classification.Excellent, ClassificationBands.Classify(p.Index, ClassificationBands.Default)));
    }

    /// <summary>
    /// Hồ Chí Minh City 2022 (seed 002): 26 departments, all "tốt", Sở Tư pháp 1st at 97.57, the last 85.18. Those
    /// bands had no "xuất sắc" — a period's own bands express that.
    /// </summary>
    [Fact]
    public void HoChiMinhCity2022_AllDepartmentsGood_WithThatPeriodsBands()
    {
        (Classification, decimal)[] bands2022 = [(Classification.Good, 80m), (Classification.Fair, 70m), (Classification.Average, 50m), (Classification.Weak, 0m)];
        ClassificationBands.Validate(bands2022);
        var departments = new List<(string Unit, decimal Index)> { ("Sở Tư pháp", 97.57m), ("Trung tâm Xúc tiến Thương mại và Đầu tư", 85.18m) };
        departments.AddRange(Enumerable.Range(1, 24).Select(i => ($"Đơn vị {i}", 85.18m + (i * 0.5m))));

        var ranks = Ranking.Rank(departments);

        Assert.Equal(1, ranks["Sở Tư pháp"]);
        Assert.Equal(26, ranks["Trung tâm Xúc tiến Thương mại và Đầu tư"]);
        Assert.All(departments, d => Assert.Equal(Classification.Good, ClassificationBands.Classify(d.Index, bands2022)));
        Assert.Equal(Classification.Excellent, ClassificationBands.Classify(97.57m, ClassificationBands.Default));
    }

    [Fact]
    public void Ranking_NotEvaluatedLeafOfOneUnit_NeverChangesTheOtherUnitsRanks()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var scores = Enumerable.Range(0, 12).ToDictionary(i => i, _ => random.Next(5000, 10001) / 100m);
            var before = Ranking.Rank(scores.Select(s => (s.Key, s.Value)));
            var changed = random.Next(12);
            // Excluding a leaf changes only that unit's own index; the others' relative order must hold.
            scores[changed] = random.Next(5000, 10001) / 100m;
            var after = Ranking.Rank(scores.Select(s => (s.Key, s.Value)));

            foreach (var a in scores.Keys.Where(k => k != changed))
            {
                foreach (var b in scores.Keys.Where(k => k != changed))
                {
                    Assert.Equal(before[a] < before[b], after[a] < after[b]);
                }
            }
        }
    }
}
