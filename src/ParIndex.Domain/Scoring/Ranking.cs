namespace ParIndex.Domain.Scoring;

/// <summary>Competition ranking ("1, 2, 2, 4") on the published (rounded) index.</summary>
public static class Ranking
{
    public static IReadOnlyDictionary<TKey, int> Rank<TKey>(IEnumerable<(TKey Key, decimal Index)> scores)
        where TKey : notnull
    {
        var ordered = scores
            .Select(s => (s.Key, Rounded: ScoreRounding.ToPublished(s.Index)))
            .OrderByDescending(s => s.Rounded)
            .ToList();

        var ranks = new Dictionary<TKey, int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var shared = i > 0 && ordered[i].Rounded == ordered[i - 1].Rounded;
            ranks[ordered[i].Key] = shared ? ranks[ordered[i - 1].Key] : i + 1;
        }

        return ranks;
    }
}
