namespace ParIndex.Application.Reports;

/// <summary>
/// Renders the official PDF reports: A4, Vietnamese, fonts embedded, the publication's decision and SHA-256 on every
/// page (or a draft mark while the period is not published). Implemented in Infrastructure (SkiaSharp, docs/adr/0006).
/// </summary>
public interface IPdfReports
{
    /// <summary>The annex of a period's results: every block's ranking, landscape.</summary>
    byte[] RankingAnnex(RankingAnnexReport report);

    /// <summary>One unit's scorecard: domains, every criterion with self and appraised points, what to fix first.</summary>
    byte[] Scorecard(ScorecardReport report);

    /// <summary>One page for the province's leaders: classes per block, top and bottom units, biggest movers.</summary>
    byte[] LeaderSummary(LeaderSummaryReport report);
}
