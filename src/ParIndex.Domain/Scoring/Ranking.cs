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

    /// <summary>
    /// Competition ranking with the period's tie-break: equal rounded indexes are ordered by the tie-break value
    /// (e.g. the administrative-procedures domain's percentage), and share a rank only when that is equal too.
    /// </summary>
    public static IReadOnlyDictionary<TKey, int> Rank<TKey>(IEnumerable<(TKey Key, decimal Index, decimal TieBreak)> scores)
        where TKey : notnull
    {
        var ordered = scores
            .Select(s => (s.Key, Rounded: ScoreRounding.ToPublished(s.Index), Second: ScoreRounding.ToPublished(s.TieBreak)))
            .OrderByDescending(s => s.Rounded).ThenByDescending(s => s.Second)
            .ToList();

        var ranks = new Dictionary<TKey, int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var shared = i > 0 && ordered[i].Rounded == ordered[i - 1].Rounded && ordered[i].Second == ordered[i - 1].Second;
            ranks[ordered[i].Key] = shared ? ranks[ordered[i - 1].Key] : i + 1;
        }

        return ranks;
    }
}
