using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Improvement;

/// <summary>
/// Home Affairs' and the leaders' view of every unit's plan for one decided period (the latest by default),
/// optionally one block: tasks, done, overdue today, percent done. Within a block, units with overdue tasks come first, then
/// those with a plan.
/// </summary>
public sealed record GetImprovementOverview(Guid? PeriodId = null, Guid? BlockId = null);

public sealed record ImprovementOverview(PlanPeriod? Period, IReadOnlyList<PlanPeriod> Periods, IReadOnlyList<OverviewBlock> Blocks, Guid? BlockId,
    DateOnly Today, IReadOnlyList<OverviewRow> Rows, ImprovementCounts Totals);

public sealed record OverviewBlock(Guid Id, string Name, string? NameEn);

/// <summary>
/// One unit with a result in the period. <see cref="PointsPlanned"/> adds the lost points its tasks name;
/// <see cref="PointsRecovered"/> those of its done tasks.
/// </summary>
public sealed record OverviewRow(Guid UnitId, string Code, string Name, Guid BlockId, string BlockName, decimal? Index, Classification? Classification,
    ImprovementCounts Counts, decimal PointsPlanned, decimal PointsRecovered);

public sealed class GetImprovementOverviewHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ImprovementOverview> HandleAsync(GetImprovementOverview request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "improvement.overview", nameof(ImprovementTask), request.PeriodId, ct, ImprovementAccess.ProvinceReaders);

        var periods = await db.Periods.AsNoTracking().Where(p => DecidedUnit.DecidedStates.Contains(p.State)).OrderByDescending(p => p.Year)
            .Select(p => new PlanPeriod(p.Id, p.Year, p.Name, p.State)).ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        var blockList = blocks.Select(b => new OverviewBlock(b.Id, b.Name, b.NameEn)).ToList();
        var today = ImprovementAccess.Today(clock);
        var period = request.PeriodId is { } id
            ? periods.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException(nameof(EvaluationPeriod), id)
            : periods.FirstOrDefault();
        if (request.BlockId is { } blockId && blocks.All(b => b.Id != blockId))
        {
            throw new NotFoundException(nameof(Domain.Units.Block), blockId);
        }

        if (period is null)
        {
            return new ImprovementOverview(null, periods, blockList, request.BlockId, today, [], ImprovementCounts.Empty);
        }

        var units = await (from a in db.Assessments.AsNoTracking()
                           join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                           where a.PeriodId == period.Id && (request.BlockId == null || u.BlockId == request.BlockId)
                           select new { u.Id, u.Code, u.Name, u.BlockId, a.FinalIndex, a.Classification }).ToListAsync(ct);
        var unitIds = units.Select(u => u.Id).ToList();
        var tasks = await db.ImprovementTasks.AsNoTracking()
            .Where(t => t.PeriodId == period.Id && unitIds.Contains(t.UnitId))
            .Select(t => new { t.UnitId, t.Status, t.DueDate, t.PointsLost }).ToListAsync(ct);
        var byUnit = tasks.ToLookup(t => t.UnitId);
        var blockNames = blocks.ToDictionary(b => b.Id, b => b.Name);
        var blockOrder = blocks.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var rows = units
            .Select(u =>
            {
                var mine = byUnit[u.Id].ToList();
                var counts = ImprovementCounts.Of(mine.Select(t => ImprovementTask.StatusOn(t.Status, t.DueDate, today)));
                return new OverviewRow(u.Id, u.Code, u.Name, u.BlockId, blockNames[u.BlockId], u.FinalIndex is { } index ? ScoreRounding.ToPublished(index) : null,
                    u.Classification, counts, mine.Sum(t => t.PointsLost ?? 0m), mine.Where(t => t.Status == ImprovementStatus.Done).Sum(t => t.PointsLost ?? 0m));
            })
            .OrderBy(r => blockOrder[r.BlockId]).ThenByDescending(r => r.Counts.Overdue).ThenByDescending(r => r.Counts.Total)
            .ThenBy(r => r.Name, Units.VietnameseOrder.Names)
            .ToList();
        var totals = ImprovementCounts.Of(tasks.Select(t => ImprovementTask.StatusOn(t.Status, t.DueDate, today)));
        return new ImprovementOverview(period, periods, blockList, request.BlockId, today, rows, totals);
    }
}
