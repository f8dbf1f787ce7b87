using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>
/// The period's ranking annex as PDF, signed once published. <paramref name="SiteUrl"/> is the portal's address, for
/// the verify link.
/// </summary>
public sealed record ExportRankingAnnexPdf(Guid PeriodId, string? SiteUrl = null);

public sealed class ExportRankingAnnexPdfHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, GetBlockRankingHandler rankings, IPdfReports reports)
{
    public async Task<ExportedDocument> HandleAsync(ExportRankingAnnexPdf request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = await RankingAnnexSource.LoadAsync(dbFactory, user, clock, rankings, request.PeriodId, request.SiteUrl, "report.rankingAnnex", ct);
        return ExportedDocument.Pdf($"Phụ lục kết quả Chỉ số CCHC năm {report.Year}", reports.RankingAnnex(report));
    }
}
