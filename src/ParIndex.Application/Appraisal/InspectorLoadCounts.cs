using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// The load view's answers, counted by the database: for each assessment of a period and each domain of its framework,
/// how many appraised criteria the unit marked not applicable and how many others have a round-1 or round-2 score.
/// A province's period holds hundreds of thousands of responses; only these few numbers per unit leave the database.
/// </summary>
internal static class InspectorLoadCounts
{
    public readonly record struct Answered(int NotApplicable, int Appraised);

    /// <summary>Counts only the criteria <paramref name="leavesFor"/> gives for the unit's kind (the same for every unit of that kind).</summary>
    public static async Task<Dictionary<(Guid AssessmentId, Guid DomainId), Answered>> ReadAsync(IParIndexDb db, Guid periodId,
        IEnumerable<BlockKind> kinds, Func<BlockKind, List<Guid>> leavesFor, CancellationToken ct)
    {
        var counts = new Dictionary<(Guid, Guid), Answered>();
        // One GROUP BY per kind of unit (a handful): which criteria count depends on the kind.
        foreach (var kind in kinds)
        {
            var leaves = leavesFor(kind);
            if (leaves.Count == 0)
            {
                continue;
            }

            // A node's domain is its top ancestor; a framework is at most three levels deep (NodeLevel).
            var groups = await (from r in db.CriterionResponses.AsNoTracking()
                                join a in db.Assessments.AsNoTracking() on r.AssessmentId equals a.Id
                                join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                                join b in db.Blocks.AsNoTracking() on u.BlockId equals b.Id
                                join n in db.FrameworkNodes.AsNoTracking() on r.NodeId equals n.Id
                                join p in db.FrameworkNodes.AsNoTracking() on n.ParentId equals (Guid?)p.Id into parents
                                from p in parents.DefaultIfEmpty()
                                join g in db.FrameworkNodes.AsNoTracking() on p!.ParentId equals (Guid?)g.Id into grandparents
                                from g in grandparents.DefaultIfEmpty()
                                where a.PeriodId == periodId && b.Kind == kind && leaves.Contains(r.NodeId)
                                      && (r.IsNotApplicable || r.Round1Score != null || r.Round2Score != null)
                                group r by new
                                {
                                    r.AssessmentId,
                                    DomainId = g != null ? g.Id : p != null ? p.Id : n.Id,
                                    r.IsNotApplicable,
                                } into grouped
                                select new { grouped.Key.AssessmentId, grouped.Key.DomainId, grouped.Key.IsNotApplicable, Count = grouped.Count() })
                .ToListAsync(ct);
            foreach (var group in groups)
            {
                var key = (group.AssessmentId, group.DomainId);
                var known = counts.GetValueOrDefault(key);
                counts[key] = group.IsNotApplicable ? known with { NotApplicable = group.Count } : known with { Appraised = group.Count };
            }
        }

        return counts;
    }
}
