using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// One merger as the single merge and the bulk merge from a file both perform it: the domain's <see cref="Unit.MergeInto"/>,
/// the open assessments it closes with the reason, and their audit entries — so a merger from a file is the same fact as
/// one made in the dialog. The caller checks access and the acknowledgement, and saves.
/// </summary>
internal static class UnitMerging
{
    public static UnitMerge Merge(IParIndexDb db, ICurrentUser user, TimeProvider clock, Unit source, Unit target, DateOnly effectiveOn,
        string? decisionReference, IReadOnlyList<(Assessment Assessment, EvaluationPeriod Period)> open, object? batch = null)
    {
        var old = UnitAudit.Snapshot(source);
        var merge = source.MergeInto(target, effectiveOn, decisionReference);
        db.UnitMerges.Add(merge);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (assessment, period) in open)
        {
            var state = assessment.State;
            assessment.CloseForMerge(UnitMessages.MergeClosedReason(target.Name, effectiveOn, decisionReference), now);
            db.Audit(user, clock, "assessment.closedByMerge", nameof(Assessment), assessment.Id, new { State = state },
                new { assessment.State, assessment.ClosedReason, PeriodId = period.Id, SuccessorUnitId = target.Id, MergeId = merge.Id });
        }

        // The single merge's audit entry is unchanged; a merger from a file also names the file it came from.
        var after = new { Unit = UnitAudit.Snapshot(source), MergeId = merge.Id, TargetCode = target.Code, merge.EffectiveOn, merge.DecisionReference };
        db.Audit(user, clock, "unit.merged", nameof(Unit), source.Id, old, batch is null ? after : new
        {
            after.Unit,
            after.MergeId,
            after.TargetCode,
            after.EffectiveOn,
            after.DecisionReference,
            Batch = batch
        });
        return merge;
    }
}
