using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

public sealed record GetBlockRanking(Guid PeriodId, Guid BlockId);

public sealed record BlockRanking(
    Guid PeriodId, int Year, string PeriodName, Guid BlockId, string BlockName, bool IsRanked, int? PreviousYear,
    IReadOnlyList<RankingRow> Rows)
{
    /// <summary>Set when the block's units are not those of the previous year: rank changes carry a caveat.</summary>
    public MembershipChange? Membership { get; init; }
}

/// <summary>
/// One unit's result with its change since the previous published year. Score and rank are the rounded published
/// figures, the change read through <see cref="YearComparison"/>. <see cref="MergedFrom"/> names the units merged into
/// this one since then; <see cref="NewlyMergedFrom"/> their results when several formed it ("mới hợp nhất").
/// </summary>
public sealed record RankingRow(
    Guid UnitId, string Code, string Name, decimal Index, Classification? Classification, int? Rank,
    decimal? PreviousIndex, int? PreviousRank, IReadOnlyList<string> MergedFrom)
{
    public decimal? IndexChange => PreviousIndex is { } previous ? Index - previous : null;

    /// <summary>Positive when the unit climbed (rank 5 → 2 is +3).</summary>
    public int? RankChange => PreviousRank is { } previous && Rank is { } rank ? previous - rank : null;

    public IReadOnlyList<PredecessorResult> NewlyMergedFrom { get; init; } = [];
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
        // A published year shows its units as that year named them (each year as it was, whatever was renamed since).
        IReadOnlyDictionary<string, string> publishedNames = IsPublished(period.State) ? await PublishedNames.OfAsync(db, period.Id, ct) : new Dictionary<string, string>();

        var comparison = await YearComparisons.WithPreviousPublishedAsync(db, period.Year, ct);
        var membership = block.IsRanked ? comparison.MembershipOf(block.Code, [.. current.Select(r => r.UnitId)]) : null;

        var rows = current.Select(r =>
            {
                var change = comparison.Of(r.UnitId, block.Code, block.IsRanked);
                return new RankingRow(
                    r.UnitId, r.Code, publishedNames.GetValueOrDefault(r.Code) ?? r.Name, ScoreRounding.ToPublished(r.Index), r.Classification, block.IsRanked ? r.Rank : null,
                    change.PreviousIndex, change.PreviousRank, change.MergedFrom)
                { NewlyMergedFrom = change.NewlyMergedFrom };
            })
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenByDescending(r => r.Index).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new BlockRanking(period.Id, period.Year, period.Name, block.Id, block.Name, block.IsRanked, comparison.PreviousYear, rows)
        {
            Membership = membership,
        };
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
            query = query.Where(x => x.a.BlockId == id);
        }

        return await query
            .Select(x => new UnitResult(x.u.Id, x.u.Code, x.u.Name, x.a.FinalIndex!.Value, x.a.Classification, x.a.Rank))
            .ToListAsync(ct);
    }

    private sealed record UnitResult(Guid UnitId, string Code, string Name, decimal Index, Classification? Classification, int? Rank);
}
