using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>The period's ranking annex as Word, for the office to edit and file; read under the same rule as the PDF.</summary>
public sealed record ExportRankingAnnexDocx(Guid PeriodId);

public sealed class ExportRankingAnnexDocxHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, GetBlockRankingHandler rankings, IWordReports documents)
{
    public async Task<ExportedDocument> HandleAsync(ExportRankingAnnexDocx request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = await RankingAnnexSource.LoadAsync(dbFactory, user, clock, rankings, request.PeriodId, null, "report.rankingAnnex", ct);
        return ExportedDocument.Named($"Phụ lục kết quả Chỉ số CCHC năm {report.Year}", "docx", ExportedDocument.WordContentType,
            documents.RankingAnnex(report));
    }
}
