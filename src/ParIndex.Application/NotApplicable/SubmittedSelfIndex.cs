using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.NotApplicable;

/// <summary>
/// A unit's self index is recorded when its leader submits. A "không đánh giá" decision taken or undone after that
/// changes the unit's maximum, so the recorded index must follow it, or the council would compare the appraised index
/// with a self index computed over another maximum. Units that have not submitted have no recorded index: their sheet
/// computes it live.
/// </summary>
internal static class SubmittedSelfIndex
{
    public const string Action = "assessment.selfIndexRecomputed";

    public static async Task RecomputeAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, IEnumerable<NotApplicableTarget> changed,
        CancellationToken ct)
    {
        var recorded = changed.Where(t => t.Assessment.SelfIndex is not null).DistinctBy(t => t.Assessment.Id).ToList();
        if (recorded.Count == 0)
        {
            return;
        }

        var frameworkIds = recorded.Select(t => t.Assessment.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var kinds = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Kind, ct);
        var noEvidence = Array.Empty<(Guid, EvidenceItem)>().ToLookup(e => e.Item1, e => e.Item2);
        foreach (var (assessment, unit, _) in recorded)
        {
            var old = assessment.SelfIndex;
            var sheet = SelfAssessmentSheet.Build(frameworks[assessment.FrameworkId], kinds[unit.BlockId], assessment, noEvidence);
            if (sheet.Totals.Percent == old)
            {
                continue;
            }

            assessment.RecordSelfIndex(sheet.Totals.Percent);
            db.Audit(user, clock, Action, nameof(Assessment), assessment.Id, new { SelfIndex = old }, new { assessment.SelfIndex, UnitCode = unit.Code });
        }
    }
}
