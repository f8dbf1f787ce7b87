using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Dashboards;

/// <summary>The dashboard's arithmetic over scorecards already computed: pure, so each figure is tested on its own.</summary>
public static class DashboardFigures
{
    public const int TopLostCount = 10;

    /// <summary>Each unit's percent of every domain's applicable maximum, domains in code order.</summary>
    public static DomainHeatMap HeatMap(IReadOnlyList<(Guid UnitId, string Name, IReadOnlyList<DomainScore> Domains)> units, string? domainCode)
    {
        var domains = units.SelectMany(u => u.Domains).Where(d => domainCode is null || d.Code == domainCode)
            .GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new DashboardOption(g.Key, g.First().Title)).ToList();
        var rows = units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new HeatMapRow(u.UnitId, u.Name,
            [.. domains.Select(d => u.Domains.FirstOrDefault(x => x.Code == d.Value)?.Percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : (decimal?)null)]))
            .ToList();
        return new DomainHeatMap(domains, rows);
    }

    /// <summary>Each criterion's points lost summed over the block's units; excluded (not evaluated) leaves lose nothing.</summary>
    public static IReadOnlyList<CriterionLoss> Losses(IEnumerable<AssessmentScore> scores) =>
        [.. scores.SelectMany(s => s.Lines).Where(l => !l.IsNotEvaluated)
            .GroupBy(l => l.Code)
            .Select(g => new CriterionLoss(g.Key, g.First().Title, g.First().DomainCode, g.Sum(l => l.Lost), g.Count(l => l.Lost > 0m), g.Max(l => l.MaxPoints)))];

    /// <summary>The criteria that cost the block most points, largest first.</summary>
    public static IReadOnlyList<LostCriterion> TopLost(IEnumerable<CriterionLoss> criteria, string? domainCode, int count = TopLostCount) =>
        [.. criteria.Where(c => c.PointsLost > 0m && (domainCode is null || c.DomainCode == domainCode))
            .OrderByDescending(c => c.PointsLost).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(count)
            .Select(c => new LostCriterion(c.Code, c.Title, c.PointsLost, c.UnitsLosing, c.MaxPoints))];

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
