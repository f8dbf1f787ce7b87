using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

/// <summary>The unit's published result of the previous year (or its single predecessor's), as its block's ranking compares it.</summary>
public sealed record PreviousResult(int Year, decimal? Index, int? Rank);

/// <summary>What the scorecards (PDF, Word) print as last year: the ranking's comparison, so they never say otherwise.</summary>
public static class ScorecardComparison
{
    /// <summary>Last year's result as the block's ranking reports it (merges followed); unknown to those who may not read rankings yet.</summary>
    public static async Task<PreviousResult?> PreviousAsync(ICurrentUser user, GetBlockRankingHandler rankings, UnitScorecard card, Guid blockId,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(card);
        if (!ResultAccess.MayRead(user, card.IsPublished))
        {
            return null;
        }

        var ranking = await rankings.HandleAsync(new GetBlockRanking(card.PeriodId, blockId), ct);
        var row = ranking.Rows.FirstOrDefault(r => r.UnitId == card.UnitId);
        return ranking.PreviousYear is { } year && row is { PreviousIndex: not null }
            ? new PreviousResult(year, row.PreviousIndex, row.PreviousRank)
            : null;
    }

    /// <summary>The blocks in the order the portal lists them, for every document that goes through them all.</summary>
    public static Task<List<Guid>> BlockIdsAsync(IParIndexDb db, CancellationToken ct) =>
        db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).Select(b => b.Id).ToListAsync(ct);
}
