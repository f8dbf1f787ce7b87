using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Dashboards;

/// <summary>
/// The province's dashboard for a period and block (each null for the newest period with results and the first
/// block), optionally narrowed to one domain. Home Affairs, the council and the province's leaders only: it shows
/// every unit, including working figures before publication.
/// </summary>
public sealed record GetProvinceDashboard(Guid? PeriodId = null, Guid? BlockId = null, string? DomainCode = null);

public sealed class GetProvinceDashboardHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, BlockDigestCache digests)
{
    /// <summary>Years of history beside each unit; enough to see a trend, short enough for a sparkline.</summary>
    public const int HistoryLength = 5;

    public async Task<ProvinceDashboard> HandleAsync(GetProvinceDashboard request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "dashboard.read", nameof(EvaluationPeriod), request.PeriodId, ct, ResultAccess.BeforePublication);

        var withResults = await db.Periods.AsNoTracking()
            .Where(p => db.Assessments.Any(a => a.PeriodId == p.Id && a.FinalIndex != null))
            .OrderByDescending(p => p.Year).ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).ToListAsync(ct);
        var period = (request.PeriodId is { } pid ? withResults.SingleOrDefault(p => p.Id == pid) : withResults.FirstOrDefault())
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId ?? Guid.Empty);
        var block = (request.BlockId is { } bid ? blocks.SingleOrDefault(b => b.Id == bid) : blocks.FirstOrDefault())
            ?? throw new NotFoundException(nameof(Domain.Units.Block), request.BlockId ?? Guid.Empty);

        var candidates = withResults.Where(p => p.Year <= period.Year && (IsPublished(p.State) || p.Id == period.Id)).ToList();
        var candidateIds = candidates.Select(p => p.Id).ToList();
        var results = await DecidedAssessments.InBlock(db, block.Id).Where(a => candidateIds.Contains(a.PeriodId))
            .Select(a => new Decided(a.PeriodId, a.UnitId, a.FinalIndex, a.SelfIndex, a.Classification, a.Rank)).ToListAsync(ct);
        // The units the block's years assessed (a unit moved to another block since stays in the years it was here).
        var digest = await digests.GetAsync(db, period, block, clock.GetUtcNow().UtcDateTime, ct);
        var unitIds = results.Select(r => r.UnitId).Concat(digest.Units.Select(u => u.UnitId)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        // The block's own years: another block's first year is not a year of this one's history.
        var history = candidates.Where(p => results.Any(r => r.PeriodId == p.Id))
            .OrderByDescending(p => p.Year).Take(HistoryLength).OrderBy(p => p.Year).ToList();
        // The change since last year and the merges are the results core's, as on the public site and in the annex.
        var comparison = await YearComparisons.WithPreviousPublishedAsync(db, period.Year, ct);

        // Keyed once: a national block has thousands of units, each looked up once per year of history.
        var byPeriodAndUnit = results.ToDictionary(r => (r.PeriodId, r.UnitId));
        var current = results.Where(r => r.PeriodId == period.Id).ToList();
        var ranking = current
            .Select(r => new DashboardRankingRow(r.UnitId, units[r.UnitId], ScoreRounding.ToPublished(r.FinalIndex!.Value), r.Classification,
                block.IsRanked ? r.Rank : null,
                block.IsRanked ? comparison.Of(r.UnitId, block.Code, block.IsRanked).RankChange(r.Rank) : null,
                [.. history.Select(p => SparklinePoint(comparison.Lineage, r.UnitId, p.Id, byPeriodAndUnit))]))
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenByDescending(r => r.Index).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var membership = block.IsRanked ? comparison.MembershipOf(block.Code, [.. current.Select(r => r.UnitId)]) : null;
        var classes = history.Select(p => new YearClasses(p.Year, results.Where(r => r.PeriodId == p.Id && r.Classification is not null)
            .GroupBy(r => r.Classification!.Value).ToDictionary(g => g.Key, g => g.Count()))).ToList();
        var accuracy = DashboardFigures.Accuracy(current.Where(r => r.SelfIndex is not null)
            .Select(r => new SelfAccuracy(r.UnitId, units[r.UnitId], ScoreRounding.ToPublished(r.SelfIndex!.Value), ScoreRounding.ToPublished(r.FinalIndex!.Value))));

        var heatMap = DashboardFigures.HeatMap([.. digest.Units.Select(u => (u.UnitId, units[u.UnitId], u.Domains))], request.DomainCode);
        var domains = digest.Units.SelectMany(u => u.Domains).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DashboardOption(g.Key, $"{g.Key} {g.First().Title}")).ToList();
        var choice = new DashboardChoice(period.Id, period.Year, period.Name, IsPublished(period.State), block.Id, block.Name, block.IsRanked, request.DomainCode,
            [.. withResults.Select(p => new DashboardOption(p.Id.ToString(), p.Name))], [.. blocks.Select(b => new DashboardOption(b.Id.ToString(), b.Name))], domains);
        return new ProvinceDashboard(choice, ranking, [.. history.Select(p => p.Year)], classes, heatMap,
            DashboardFigures.TopLost(digest.Criteria, request.DomainCode), accuracy, await LiveAsync(db, block.Id, ct))
        {
            Membership = membership,
        };
    }

    /// <summary>
    /// A year of a unit's sparkline: its own index, or before a merge its single predecessor's (the line follows the
    /// merge); a unit formed from several has no one figure for those years (docs/methodology.md).
    /// </summary>
    private static decimal? SparklinePoint(UnitLineage lineage, Guid unitId, Guid periodId, Dictionary<(Guid PeriodId, Guid UnitId), Decided> results)
    {
        var found = results.GetValueOrDefault((periodId, unitId));
        if (found is null)
        {
            var before = lineage.PredecessorsOf(unitId).Select(p => results.GetValueOrDefault((periodId, p.UnitId))).OfType<Decided>().ToList();
            found = before.Count == 1 ? before[0] : null;
        }

        return found?.FinalIndex is { } index ? ScoreRounding.ToPublished(index) : null;
    }

    private sealed record Decided(Guid PeriodId, Guid UnitId, decimal? FinalIndex, decimal? SelfIndex, Classification? Classification, int? Rank);

    private static bool IsPublished(PeriodState state) => state is PeriodState.Published or PeriodState.Archived;

    /// <summary>The newest period still under way (opened, not yet published), counted for the block.</summary>
    private async Task<LiveProgress?> LiveAsync(IParIndexDb db, Guid blockId, CancellationToken ct)
    {
        var open = await db.Periods.AsNoTracking()
            .Where(p => p.State != PeriodState.Draft && p.State != PeriodState.Published && p.State != PeriodState.Archived)
            .OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);
        if (open is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from a in db.Assessments.AsNoTracking()
                          where a.PeriodId == open.Id && a.BlockId == blockId
                          select new { a.State, a.SubmittedAtUtc, a.ExtendedDeadlineUtc }).ToListAsync(ct);
        var appraised = new[] { AssessmentState.AppraisedRound1, AssessmentState.ExplanationRequested, AssessmentState.ExplanationSubmitted,
            AssessmentState.AppraisedRound2, AssessmentState.Final };
        return new LiveProgress(open.Id, open.Year, rows.Count, rows.Count(r => r.SubmittedAtUtc is not null), rows.Count(r => appraised.Contains(r.State)),
            rows.Count(r => r.SubmittedAtUtc is null && (r.ExtendedDeadlineUtc ?? open.SelfAssessmentDeadlineUtc) < now));
    }
}
