using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>The annex of a period's results: every block that has results, each ranked as on the results page.</summary>
public sealed record RankingAnnexReport(int Year, string PeriodName, ReportIssue Issue, IReadOnlyList<BlockRanking> Blocks);
