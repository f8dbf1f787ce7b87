using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Dashboards;

/// <summary>
/// What the dashboards keep of a block's scorecards: each unit's domains and each criterion's points lost — a few
/// hundred kB where the scorecards themselves take hundreds of MB at national scale.
/// </summary>
public sealed record BlockDigest(IReadOnlyList<UnitDomains> Units, IReadOnlyList<CriterionLoss> Criteria);

public sealed record UnitDomains(Guid UnitId, IReadOnlyList<DomainScore> Domains);

/// <summary>A criterion's points lost over the block's units (excluded leaves lose nothing) and how many units lost any.</summary>
public sealed record CriterionLoss(string Code, string Title, string DomainCode, decimal PointsLost, int UnitsLosing, decimal MaxPoints);

/// <summary>
/// Where the dashboards get a block's digest. Decided results (approved, published, archived) read the digest stored
/// at approval, kept in memory by its row id so that a re-approval, on any server, is a new key; results decided
/// before digests were stored (the demo's and imported years) are digested once and stored then. A period whose
/// results are being reconsidered is digested on every view.
/// </summary>
public sealed class BlockDigestCache
{
    private readonly ConcurrentDictionary<Guid, BlockDigest> _stored = new();

    internal async Task<BlockDigest> GetAsync(IParIndexDb db, EvaluationPeriod period, Block block, DateTime nowUtc, CancellationToken ct)
    {
        if (period.State is not (PeriodState.Approved or PeriodState.Published or PeriodState.Archived))
        {
            return Digest(await BlockScores.ReadAsync(db, period.Id, block, ct));
        }

        var storedId = await db.BlockDigests.Where(d => d.PeriodId == period.Id && d.BlockId == block.Id).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct);
        if (storedId is { } id)
        {
            if (!_stored.TryGetValue(id, out var kept))
            {
                kept = BlockDigestFormat.Read(await db.BlockDigests.Where(d => d.Id == id).Select(d => d.Content).SingleAsync(ct));
                _stored[id] = kept;
            }

            return kept;
        }

        var digest = Digest(await BlockScores.ReadAsync(db, period.Id, block, ct));
        await BlockDigestStore.TryAddAsync(db, period.Id, block.Id, digest, nowUtc, ct);
        return digest;
    }

    internal static BlockDigest Digest(IEnumerable<(Guid UnitId, AssessmentScore Score)> scores)
    {
        var list = scores.ToList();
        return new([.. list.Select(s => new UnitDomains(s.UnitId, s.Score.Domains))], DashboardFigures.Losses(list.Select(s => s.Score)));
    }
}
