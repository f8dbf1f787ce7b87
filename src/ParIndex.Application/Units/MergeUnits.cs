using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// Merges <paramref name="SourceUnitId"/> into <paramref name="TargetUnitId"/> (the 2025 reform merged many communes).
/// Irreversible: the source becomes inactive; its past assessments stay attached to it, and the recorded
/// succession lets trends follow the history into the target. When the source has an assessment in a period the
/// council has not decided, the merge closes it with the reason (docs/methodology.md), and so is refused until
/// <paramref name="AcknowledgeOpenAssessment"/> says the administrator read the warning (<see cref="GetMergeImpact"/>).
/// </summary>
public sealed record MergeUnits(
    Guid SourceUnitId, Guid TargetUnitId, DateOnly EffectiveOn, string? DecisionReference, Guid SourceConcurrencyStamp,
    bool AcknowledgeOpenAssessment = false);

public sealed class MergeUnitsHandler(
    IParIndexDbFactory dbFactory, IValidator<MergeUnits> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(MergeUnits request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.merged", nameof(Unit), request.SourceUnitId, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var source = await db.Units.SingleOrDefaultAsync(u => u.Id == request.SourceUnitId, ct)
            ?? throw new NotFoundException(nameof(Unit), request.SourceUnitId);
        ConcurrencyCheck.EnsureUnchanged(request.SourceConcurrencyStamp, source.ConcurrencyStamp);
        var target = await db.Units.SingleOrDefaultAsync(u => u.Id == request.TargetUnitId, ct)
            ?? throw UnitMessages.Invalid(nameof(request.TargetUnitId), UnitMessages.MergeTargetNotFound);
        if (!source.IsActive)
        {
            throw UnitMessages.Invalid(nameof(request.SourceUnitId), UnitMessages.MergeSourceInactive);
        }

        if (!target.IsActive)
        {
            throw UnitMessages.Invalid(nameof(request.TargetUnitId), UnitMessages.MergeTargetInactive);
        }

        var open = await OpenAssessmentsOfUnit.LoadAsync(db, source.Id, ct);
        if (open.Count > 0 && !request.AcknowledgeOpenAssessment)
        {
            throw UnitMessages.Invalid(nameof(request.AcknowledgeOpenAssessment),
                UnitMessages.MergeClosesOpenAssessments(open.Select(o => o.Period.Name)));
        }

        var merge = UnitMerging.Merge(db, user, clock, source, target, request.EffectiveOn, request.DecisionReference, open);
        await db.SaveChangesAsync(ct);
        return merge.Id;
    }
}
