using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Exports;

public sealed record ExportResultsWorkbook(Guid PeriodId);

/// <summary>
/// A period's full results as Excel. Who may export is who may read the rankings (<see cref="GetBlockRankingHandler"/>:
/// anyone once published, Home Affairs, the council and leaders before); the figures are the rankings' and the
/// scorecards' own (<see cref="GetUnitScorecardHandler"/>), so the file never says anything the portal does not.
/// </summary>
public sealed class ExportResultsWorkbookHandler(
    IParIndexDbFactory dbFactory, GetBlockRankingHandler rankings, GetUnitScorecardHandler scorecards,
    IResultsWorkbook workbook, ICurrentUser user, TimeProvider clock)
{
    public async Task<ExportedDocument> HandleAsync(ExportResultsWorkbook request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var blockIds = await ScorecardComparison.BlockIdsAsync(db, ct);
        if (blockIds.Count == 0)
        {
            throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        }

        // The first ranking checks the period exists and the caller may read its results, before anything else is read.
        var ranked = new List<BlockRanking>();
        foreach (var blockId in blockIds)
        {
            ranked.Add(await rankings.HandleAsync(new GetBlockRanking(request.PeriodId, blockId), ct));
        }

        var withResults = ranked.Where(r => r.Rows.Count > 0).ToList();
        var figures = await CriterionScoreLines.LoadAsync(db, request.PeriodId, unitId: null, ct);
        var units = new List<UnitCriteria>();
        foreach (var ranking in withResults)
        {
            foreach (var row in ranking.Rows)
            {
                var card = await scorecards.HandleAsync(new GetUnitScorecard(request.PeriodId, row.UnitId), ct);
                units.Add(new UnitCriteria(row.Code, row.Name, ranking.BlockName, figures.Of(card)));
            }
        }

        var first = ranked[0];
        var stamp = await PublicationStamps.ForPeriodAsync(db, request.PeriodId, ct);
        var header = new ExportHeader(first.PeriodId, first.Year, first.PeriodName, stamp, clock.GetUtcNow().UtcDateTime);
        var content = workbook.Write(new ResultsWorkbookContent(header, withResults, units));

        var year = first.Year.ToString(CultureInfo.InvariantCulture);
        var file = ExportedDocument.Named($"Kết quả Chỉ số CCHC năm {year}{(stamp is null ? " (xem trước)" : string.Empty)}", "xlsx",
            ExportedDocument.ExcelContentType, content);
        // Citizens download published results without an account; recording each anonymous download would let anyone fill the trail.
        if (user.IsAuthenticated)
        {
            db.Audit(user, clock, "results.exported", nameof(EvaluationPeriod), request.PeriodId,
                newValues: new { file.FileName, Units = units.Count, Published = stamp is not null, stamp?.Version });
            await db.SaveChangesAsync(ct);
        }

        return file;
    }
}
