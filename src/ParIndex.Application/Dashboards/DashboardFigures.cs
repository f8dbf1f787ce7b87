using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Dashboards;

/// <summary>The dashboard's arithmetic over scorecards already computed: pure, so each figure is tested on its own.</summary>
public static class DashboardFigures
{
    public const int TopLostCount = 10;

    /// <summary>Each unit's percent of every domain's applicable maximum, domains in code order.</summary>
    public static DomainHeatMap HeatMap(IReadOnlyList<(Guid UnitId, string Name, AssessmentScore Score)> units, string? domainCode)
    {
        var domains = units.SelectMany(u => u.Score.Domains).Where(d => domainCode is null || d.Code == domainCode)
            .GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new DashboardOption(g.Key, g.First().Title)).ToList();
        var rows = units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new HeatMapRow(u.UnitId, u.Name,
            [.. domains.Select(d => u.Score.Domains.FirstOrDefault(x => x.Code == d.Value)?.Percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : (decimal?)null)]))
            .ToList();
        return new DomainHeatMap(domains, rows);
    }

    /// <summary>The criteria that cost the block most points, largest first; excluded (not evaluated) leaves lose nothing.</summary>
    public static IReadOnlyList<LostCriterion> TopLost(IEnumerable<AssessmentScore> scores, string? domainCode, int count = TopLostCount) =>
        [.. scores.SelectMany(s => s.Lines).Where(l => !l.IsNotEvaluated && (domainCode is null || l.DomainCode == domainCode))
            .GroupBy(l => l.Code)
            .Select(g => new LostCriterion(g.Key, g.First().Title, g.Sum(l => l.Lost), g.Count(l => l.Lost > 0m), g.Max(l => l.MaxPoints)))
            .Where(c => c.PointsLost > 0m)
            .OrderByDescending(c => c.PointsLost).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(count)];

    /// <summary>Units whose self-assessment was furthest from the appraisal first (either way).</summary>
    public static IReadOnlyList<SelfAccuracy> Accuracy(IEnumerable<SelfAccuracy> units) =>
        [.. units.OrderByDescending(u => Math.Abs(u.Gap)).ThenBy(u => u.Name, StringComparer.Ordinal)];

    /// <summary>Competition ranks: how many places the unit climbed (positive) since the previous rank.</summary>
    public static int? RankChange(int? previous, int? current) => previous is { } p && current is { } c ? p - c : null;

    public static decimal? Average(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 2, MidpointRounding.AwayFromZero);
    }
}
