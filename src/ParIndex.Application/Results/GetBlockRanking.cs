using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

public sealed record GetBlockRanking(Guid PeriodId, Guid BlockId);

public sealed record BlockRanking(
    Guid PeriodId, int Year, string PeriodName, Guid BlockId, string BlockName, bool IsRanked, int? PreviousYear,
    IReadOnlyList<RankingRow> Rows);

/// <summary>
/// One unit's result with its change since the previous published year. Score and rank are the rounded published
/// figures. <see cref="MergedFrom"/> names the units merged into this one since then.
/// </summary>
public sealed record RankingRow(
    Guid UnitId, string Code, string Name, decimal Index, Classification? Classification, int? Rank,
    decimal? PreviousIndex, int? PreviousRank, IReadOnlyList<string> MergedFrom)
{
    public decimal? IndexChange => PreviousIndex is { } previous ? Index - previous : null;

    /// <summary>Positive when the unit climbed (rank 5 → 2 is +3).</summary>
    public int? RankChange => PreviousRank is { } previous && Rank is { } rank ? previous - rank : null;
}

public sealed class GetBlockRankingHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<BlockRanking> HandleAsync(GetBlockRanking request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        await ResultAccess.RequireReadableAsync(user, db, clock, IsPublished(period.State), "ranking.read", nameof(EvaluationPeriod), period.Id, ct);

        var block = await db.Blocks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == request.BlockId, ct)
            ?? throw new NotFoundException(nameof(Block), request.BlockId);
        var current = await ResultsOfAsync(db, period.Id, block.Id, ct);

        var previousPeriod = await db.Periods.AsNoTracking()
            .Where(p => p.Year < period.Year && (p.State == PeriodState.Published || p.State == PeriodState.Archived))
            .OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);
        var previous = previousPeriod is null
            ? new Dictionary<Guid, UnitResult>()
            : (await ResultsOfAsync(db, previousPeriod.Id, blockId: null, ct)).ToDictionary(r => r.UnitId);
        var succession = new Succession(await db.UnitMerges.AsNoTracking().ToListAsync(ct));
        var since = previousPeriod is null ? DateOnly.MaxValue : new DateOnly(previousPeriod.Year, 12, 31);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var rows = current.Select(r =>
            {
                var predecessors = succession.PredecessorsOf(r.UnitId, since);
                var before = PreviousOf(r.UnitId, predecessors, previous);
                return new RankingRow(
                    r.UnitId, r.Code, r.Name, ScoreRounding.ToPublished(r.Index), r.Classification, block.IsRanked ? r.Rank : null,
                    before is null ? null : ScoreRounding.ToPublished(before.Index), block.IsRanked ? before?.Rank : null,
                    [.. predecessors.Where(names.ContainsKey).Select(id => names[id])]);
            })
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenByDescending(r => r.Index).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new BlockRanking(period.Id, period.Year, period.Name, block.Id, block.Name, block.IsRanked, previousPeriod?.Year, rows);
    }

    /// <summary>
    /// The unit's own previous result; a unit that did not exist then continues its single predecessor's. With
    /// several predecessors there is no one figure to compare with, and the row says which units merged instead.
    /// </summary>
    private static UnitResult? PreviousOf(Guid unitId, IReadOnlyList<Guid> predecessors, Dictionary<Guid, UnitResult> previous)
    {
        if (previous.TryGetValue(unitId, out var own))
        {
            return own;
        }

        var inherited = predecessors.Where(previous.ContainsKey).ToList();
        return inherited.Count == 1 ? previous[inherited[0]] : null;
    }

    private static bool IsPublished(PeriodState state) => state is PeriodState.Published or PeriodState.Archived;

    private static async Task<List<UnitResult>> ResultsOfAsync(IParIndexDb db, Guid periodId, Guid? blockId, CancellationToken ct)
    {
        var query = from a in db.Assessments.AsNoTracking()
                    join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                    where a.PeriodId == periodId && a.FinalIndex != null
                    select new { a, u };
        if (blockId is { } id)
        {
            query = query.Where(x => x.u.BlockId == id);
        }

        return await query
            .Select(x => new UnitResult(x.u.Id, x.u.Code, x.u.Name, x.a.FinalIndex!.Value, x.a.Classification, x.a.Rank))
            .ToListAsync(ct);
    }

    private sealed record UnitResult(Guid UnitId, string Code, string Name, decimal Index, Classification? Classification, int? Rank);
}
