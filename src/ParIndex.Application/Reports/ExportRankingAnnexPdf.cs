using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>The period's ranking annex as PDF. <paramref name="SiteUrl"/> is the portal's address, for the verify link.</summary>
public sealed record ExportRankingAnnexPdf(Guid PeriodId, string? SiteUrl = null);

public sealed class ExportRankingAnnexPdfHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, GetBlockRankingHandler rankings, IPdfReports reports)
{
    public async Task<ExportedDocument> HandleAsync(ExportRankingAnnexPdf request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        int year;
        string periodName;
        ReportIssue issue;
        List<Guid> blockIds;
        List<string> notes;
        await using (var db = await dbFactory.CreateAsync(ct))
        {
            var period = await ReportPeriods.ReadableAsync(db, user, clock, request.PeriodId, "report.rankingAnnex", ct);
            (year, periodName) = (period.Year, period.Name);
            issue = await ReportPeriods.IssueAsync(db, clock, period.Id, request.SiteUrl, ct);
            blockIds = await ReportPeriods.BlockIdsAsync(db, ct);
            notes = [.. (await Workflow.CompletenessCheck.WaiversAsync(db, period.Id, ct)).Select(w => w.Line)];
        }

        var blocks = new List<BlockRanking>();
        foreach (var blockId in blockIds)
        {
            var ranking = await rankings.HandleAsync(new GetBlockRanking(request.PeriodId, blockId), ct);
            if (ranking.Rows.Count > 0)
            {
                blocks.Add(ranking);
            }
        }

        var content = reports.RankingAnnex(new RankingAnnexReport(year, periodName, issue, blocks) { DataNotes = notes });
        return ExportedDocument.Pdf($"Phụ lục kết quả Chỉ số CCHC năm {year}", content);
    }
}
