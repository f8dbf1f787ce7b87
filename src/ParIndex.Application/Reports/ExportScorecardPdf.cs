using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>A unit's scorecard for a period as PDF.</summary>
public sealed record ExportScorecardPdf(Guid PeriodId, Guid UnitId, string? SiteUrl = null);

/// <summary>
/// Reads like the scorecard page (<see cref="GetUnitScorecardHandler"/>: the unit's own staff and leader always,
/// province roles before publication, everyone after), adds the unit's self-scores and, where the caller may
/// read rankings, last year's result from the block's ranking.
/// </summary>
public sealed class ExportScorecardPdfHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, GetUnitScorecardHandler scorecards, GetBlockRankingHandler rankings,
    IPdfReports reports)
{
    public async Task<ExportedDocument> HandleAsync(ExportScorecardPdf request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = await scorecards.HandleAsync(new GetUnitScorecard(request.PeriodId, request.UnitId), ct);

        Dictionary<Guid, decimal?> selfScores;
        ReportIssue issue;
        await using (var db = await dbFactory.CreateAsync(ct))
        {
            var assessmentIds = db.Assessments.Where(a => a.PeriodId == request.PeriodId && a.UnitId == request.UnitId).Select(a => a.Id);
            selfScores = await db.CriterionResponses.AsNoTracking()
                .Where(r => assessmentIds.Contains(r.AssessmentId))
                .ToDictionaryAsync(r => r.NodeId, r => r.SelfScore, ct);
            issue = await ReportPeriods.IssueAsync(db, clock, request.PeriodId, request.SiteUrl, ct);
        }

        var previous = await ScorecardComparison.PreviousAsync(user, rankings, card, card.BlockId, ct);
        var lines = card.Score?.Lines.Select(l => new ScorecardLine(l, selfScores.GetValueOrDefault(l.NodeId))).ToList() ?? [];
        var content = reports.Scorecard(new ScorecardReport(card, lines, previous, issue));
        return ExportedDocument.Pdf($"Phiếu kết quả Chỉ số CCHC năm {card.Year} - {card.UnitName}", content);
    }
}
