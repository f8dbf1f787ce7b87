using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Dashboards;

/// <summary>
/// One unit over the years next to its block's average, and its domains next to the block's in the latest year.
/// A unit's own staff and leader see their unit's published years; Home Affairs, the council and the province's
/// leaders see any unit, the year under appraisal included.
/// </summary>
public sealed record GetUnitDashboard(Guid UnitId);

public sealed record UnitDashboard(Guid UnitId, string UnitName, string BlockName, IReadOnlyList<UnitYear> Trend, int? Year, IReadOnlyList<DomainComparison> Domains);

/// <summary>
/// The unit's index (null in a year it was not assessed) beside its block's average that year. Before a merge, the year
/// is its predecessors' (<see cref="Predecessors"/>, labelled as theirs): one predecessor's figures carry the line, several
/// are listed side by side with no single figure (docs/methodology.md).
/// </summary>
public sealed record UnitYear(int Year, decimal? Index, decimal? BlockAverage, int? Rank, Classification? Classification)
{
    public IReadOnlyList<PredecessorResult> Predecessors { get; init; } = [];
}

public sealed record DomainComparison(string Code, string Title, decimal? UnitPercent, decimal? BlockPercent);

public sealed class GetUnitDashboardHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, BlockDigestCache digests)
{
    public async Task<UnitDashboard> HandleAsync(GetUnitDashboard request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var ownUnit = user.IsAuthenticated && user.UnitId == request.UnitId;
        if (!ownUnit)
        {
            await user.RequireAnyRoleAsync(db, clock, "dashboard.unit", nameof(Unit), request.UnitId, ct, ResultAccess.BeforePublication);
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UnitId, ct)
            ?? throw new NotFoundException(nameof(Unit), request.UnitId);
        var block = await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == unit.BlockId, ct);
        var seesWorkingFigures = ResultAccess.BeforePublication.Any(user.IsInRole);
        var periods = await db.Periods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published || p.State == PeriodState.Archived || (seesWorkingFigures && p.State == PeriodState.Approved))
            .OrderBy(p => p.Year).ToListAsync(ct);
        var periodIds = periods.Select(p => p.Id).ToList();
        var predecessors = (await UnitLineage.ReadAsync(db, ct)).PredecessorsOf(unit.Id);

        // Each year beside the block the unit (or its predecessor) was in that year: a unit moved since keeps its old
        // years in the old block, as that year's ranking shows them.
        var lineageIds = predecessors.Select(p => p.UnitId).Append(unit.Id).ToList();
        var blocksThen = await db.Assessments.AsNoTracking()
            .Where(a => periodIds.Contains(a.PeriodId) && lineageIds.Contains(a.UnitId) && a.FinalIndex != null)
            .Select(a => new { a.PeriodId, a.UnitId, a.BlockId }).ToListAsync(ct);
        var blockIds = blocksThen.Select(b => b.BlockId).Append(block.Id).Distinct().ToList();
        var results = await db.Assessments.AsNoTracking().Where(a => periodIds.Contains(a.PeriodId) && blockIds.Contains(a.BlockId) && a.FinalIndex != null)
            .Select(a => new { a.PeriodId, a.UnitId, a.BlockId, Index = a.FinalIndex!.Value, a.Rank, a.Classification }).ToListAsync(ct);
        Guid BlockOf(Guid periodId) =>
            blocksThen.FirstOrDefault(b => b.PeriodId == periodId && b.UnitId == unit.Id)?.BlockId
            ?? blocksThen.FirstOrDefault(b => b.PeriodId == periodId)?.BlockId ?? block.Id;

        var trend = periods.Where(p => results.Any(r => r.PeriodId == p.Id && r.BlockId == BlockOf(p.Id))).Select(p =>
        {
            var average = DashboardFigures.Average(results.Where(r => r.PeriodId == p.Id && r.BlockId == BlockOf(p.Id)).Select(r => r.Index));
            var own = results.FirstOrDefault(r => r.PeriodId == p.Id && r.UnitId == unit.Id);
            if (own is not null || predecessors.Count == 0)
            {
                return new UnitYear(p.Year, own is null ? null : ScoreRounding.ToPublished(own.Index), average, block.IsRanked ? own?.Rank : null,
                    own?.Classification);
            }

            var before = predecessors.Select(x => (x, Result: results.FirstOrDefault(r => r.PeriodId == p.Id && r.UnitId == x.UnitId)))
                .Where(x => x.Result is not null).OrderBy(x => x.Result!.Rank ?? int.MaxValue).ThenByDescending(x => x.Result!.Index).ToList();
            var single = before.Count == 1 ? before[0].Result : null;
            return new UnitYear(p.Year, single is null ? null : ScoreRounding.ToPublished(single.Index), average, block.IsRanked ? single?.Rank : null,
                single?.Classification)
            {
                Predecessors = [.. before.Select(x => new PredecessorResult(x.x.Code, x.x.Name, ScoreRounding.ToPublished(x.Result!.Index),
                    block.IsRanked ? x.Result.Rank : null))],
            };
        }).ToList();

        var latest = periods.LastOrDefault(p => results.Any(r => r.PeriodId == p.Id && r.UnitId == unit.Id));
        var latestBlockId = latest is null ? block.Id : BlockOf(latest.Id);
        var latestBlock = latestBlockId == block.Id ? block : await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == latestBlockId, ct);
        var domains = latest is null ? [] : await DomainsAsync(db, latest, unit.Id, latestBlock, ct);
        return new UnitDashboard(unit.Id, unit.Name, block.Name, trend, latest?.Year, domains);
    }

    private async Task<IReadOnlyList<DomainComparison>> DomainsAsync(IParIndexDb db, EvaluationPeriod period, Guid unitId, Block block, CancellationToken ct)
    {
        var scores = (await digests.GetAsync(db, period, block, clock.GetUtcNow().UtcDateTime, ct)).Units;
        var own = scores.FirstOrDefault(s => s.UnitId == unitId)?.Domains;
        if (own is null)
        {
            return [];
        }

        return [.. own.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new DomainComparison(d.Code, d.Title, Percent(d.Percent),
            DashboardFigures.Average(scores.Select(s => s.Domains.FirstOrDefault(x => x.Code == d.Code)?.Percent).OfType<decimal>()) is { } avg
                ? Math.Round(avg, 1, MidpointRounding.AwayFromZero) : null))];
    }

    private static decimal? Percent(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}
