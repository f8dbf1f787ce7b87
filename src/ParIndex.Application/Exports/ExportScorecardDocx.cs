using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Exports;

public sealed record ExportScorecardDocx(Guid PeriodId, Guid UnitId);

/// <summary>
/// A unit's scorecard as Word. Who may export is who may read it (<see cref="GetUnitScorecardHandler"/>: the unit
/// itself always, everyone once published, Home Affairs, the council and leaders before); last year's index and rank
/// come from the block's ranking, for those who may read it, as on the PDF.
/// </summary>
public sealed class ExportScorecardDocxHandler(
    IParIndexDbFactory dbFactory, GetUnitScorecardHandler scorecards, GetBlockRankingHandler rankings, IWordDocuments documents, ICurrentUser user,
    TimeProvider clock)
{
    public async Task<ExportedDocument> HandleAsync(ExportScorecardDocx request, CancellationToken ct)
    {
        var card = await scorecards.HandleAsync(new GetUnitScorecard(request.PeriodId, request.UnitId), ct);

        await using var db = await dbFactory.CreateAsync(ct);
        var figures = await CriterionScoreLines.LoadAsync(db, request.PeriodId, request.UnitId, ct);
        var stamp = await PublicationStamps.ForPeriodAsync(db, request.PeriodId, ct);
        var previous = await ScorecardComparison.PreviousAsync(user, rankings, card, card.BlockId, ct);
        var header = new ExportHeader(card.PeriodId, card.Year, card.PeriodName, stamp, clock.GetUtcNow().UtcDateTime);
        var content = documents.Scorecard(new ScorecardContent(header, card, figures.Of(card), previous));

        var file = ExportedDocument.Named($"Phiếu kết quả Chỉ số CCHC năm {card.Year.ToString(CultureInfo.InvariantCulture)} - {card.UnitName}",
            "docx", ExportedDocument.WordContentType, content);
        db.Audit(user, clock, "scorecard.exported", nameof(Unit), request.UnitId,
            newValues: new { request.PeriodId, file.FileName, Published = stamp is not null, stamp?.Version });
        await db.SaveChangesAsync(ct);
        return file;
    }
}
