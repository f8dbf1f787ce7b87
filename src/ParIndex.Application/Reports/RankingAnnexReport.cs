using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>The annex of a period's results: every block that has results, each ranked as on the results page.</summary>
public sealed record RankingAnnexReport(int Year, string PeriodName, ReportIssue Issue, IReadOnlyList<BlockRanking> Blocks)
{
    /// <summary>Lines such as "Miễn số liệu khảo sát: …": what the council decided without data, and why.</summary>
    public IReadOnlyList<string> DataNotes { get; init; } = [];
}
