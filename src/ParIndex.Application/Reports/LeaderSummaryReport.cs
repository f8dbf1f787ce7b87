using ParIndex.Application.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Reports;

/// <summary>One page for the province's leaders, drawn from the blocks' rankings.</summary>
public sealed record LeaderSummaryReport(
    int Year, string PeriodName, int? PreviousYear, ReportIssue Issue, IReadOnlyList<BlockSummary> Blocks, IReadOnlyList<RankMover> Climbers,
    IReadOnlyList<RankMover> Fallers)
{
    public const int TopCount = 3;
    public const int MoverCount = 5;

    /// <summary>Summarises the rankings: units per class, the top and bottom three of ranked blocks, the largest rank changes.</summary>
    public static LeaderSummaryReport From(int year, string periodName, ReportIssue issue, IReadOnlyList<BlockRanking> rankings)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var blocks = rankings.Where(r => r.Rows.Count > 0).Select(BlockSummary.Of).ToList();
        var moves = rankings.Where(r => r.IsRanked)
            .SelectMany(r => r.Rows.Where(row => row.RankChange is not null).Select(row => new RankMover(r.BlockName, row)))
            .ToList();
        var climbers = moves.Where(m => m.Row.RankChange > 0).OrderByDescending(m => m.Row.RankChange).ThenBy(m => m.Row.Rank).Take(MoverCount).ToList();
        var fallers = moves.Where(m => m.Row.RankChange < 0).OrderBy(m => m.Row.RankChange).ThenBy(m => m.Row.Rank).Take(MoverCount).ToList();
        var previousYear = rankings.Select(r => r.PreviousYear).FirstOrDefault(y => y is not null);
        return new LeaderSummaryReport(year, periodName, previousYear, issue, blocks, climbers, fallers);
    }
}

/// <summary>A block at a glance: how many units, how many in each class, the average index, its top and bottom units.</summary>
public sealed record BlockSummary(
    string BlockName, bool IsRanked, int Units, IReadOnlyDictionary<Classification, int> ByClass, int Unclassified, decimal AverageIndex,
    IReadOnlyList<RankingRow> Top, IReadOnlyList<RankingRow> Bottom)
{
    public static BlockSummary Of(BlockRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rows = ranking.Rows;
        var byClass = Enum.GetValues<Classification>().ToDictionary(c => c, c => rows.Count(r => r.Classification == c));
        var ranked = ranking.IsRanked ? rows.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToList() : [];
        var top = ranked.Take(LeaderSummaryReport.TopCount).ToList();
        // The bottom three never repeat a unit already among the top (small blocks).
        var bottom = ranked.Skip(top.Count).TakeLast(LeaderSummaryReport.TopCount).ToList();
        var average = rows.Count == 0 ? 0m : ScoreRounding.ToPublished(rows.Average(r => r.Index));
        return new BlockSummary(ranking.BlockName, ranking.IsRanked, rows.Count, byClass, rows.Count(r => r.Classification is null), average, top, bottom);
    }
}

/// <summary>A unit whose rank changed, with its block.</summary>
public sealed record RankMover(string BlockName, RankingRow Row);
