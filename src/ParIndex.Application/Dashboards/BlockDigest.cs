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
/// Digests of published years, kept for the process's life: a published year never changes, and a correction is a
/// new publication version, hence a new key. The year under way is computed on every view.
/// </summary>
public sealed class BlockDigestCache
{
    private readonly ConcurrentDictionary<(Guid PeriodId, Guid BlockId, int Version), BlockDigest> _published = new();

    internal async Task<BlockDigest> GetAsync(IParIndexDb db, EvaluationPeriod period, Block block, CancellationToken ct)
    {
        if (period.State is not (PeriodState.Published or PeriodState.Archived))
        {
            return Digest(await BlockScores.ReadAsync(db, period.Id, block, ct));
        }

        var version = await db.Publications.Where(p => p.PeriodId == period.Id).MaxAsync(p => (int?)p.Version, ct) ?? 0;
        var key = (period.Id, block.Id, version);
        if (_published.TryGetValue(key, out var digest))
        {
            return digest;
        }

        digest = Digest(await BlockScores.ReadAsync(db, period.Id, block, ct));
        _published[key] = digest;
        return digest;
    }

    internal static BlockDigest Digest(IReadOnlyList<(Guid UnitId, AssessmentScore Score)> scores) =>
        new([.. scores.Select(s => new UnitDomains(s.UnitId, s.Score.Domains))], DashboardFigures.Losses(scores.Select(s => s.Score)));
}
