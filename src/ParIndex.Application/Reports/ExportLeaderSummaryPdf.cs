using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>The one-page summary of a period's results for the province's leaders, as PDF.</summary>
public sealed record ExportLeaderSummaryPdf(Guid PeriodId, string? SiteUrl = null);

public sealed class ExportLeaderSummaryPdfHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, GetBlockRankingHandler rankings, IPdfReports reports)
{
    public async Task<ExportedDocument> HandleAsync(ExportLeaderSummaryPdf request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        int year;
        string periodName;
        ReportIssue issue;
        List<Guid> blockIds;
        await using (var db = await dbFactory.CreateAsync(ct))
        {
            var period = await ReportPeriods.ReadableAsync(db, user, clock, request.PeriodId, "report.leaderSummary", ct);
            (year, periodName) = (period.Year, period.Name);
            issue = await ReportPeriods.IssueAsync(db, clock, period.Id, request.SiteUrl, ct);
            blockIds = await ReportPeriods.BlockIdsAsync(db, ct);
        }

        var blocks = new List<BlockRanking>();
        foreach (var blockId in blockIds)
        {
            blocks.Add(await rankings.HandleAsync(new GetBlockRanking(request.PeriodId, blockId), ct));
        }

        var content = reports.LeaderSummary(LeaderSummaryReport.From(year, periodName, issue, blocks));
        return ExportedDocument.Pdf($"Tóm tắt kết quả Chỉ số CCHC năm {year}", content);
    }
}
