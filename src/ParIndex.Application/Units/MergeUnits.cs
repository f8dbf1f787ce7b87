using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// Merges <paramref name="SourceUnitId"/> into <paramref name="TargetUnitId"/> (the 2025 reform merged many communes).
/// Irreversible: the source becomes inactive; its past assessments stay attached to it, and the recorded
/// succession lets trends follow the history into the target.
/// </summary>
public sealed record MergeUnits(
    Guid SourceUnitId, Guid TargetUnitId, DateOnly EffectiveOn, string? DecisionReference, Guid SourceConcurrencyStamp);

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

        var old = UnitAudit.Snapshot(source);
        var merge = source.MergeInto(target, request.EffectiveOn, request.DecisionReference);
        db.UnitMerges.Add(merge);
        db.Audit(user, clock, "unit.merged", nameof(Unit), source.Id, old, new
        {
            Unit = UnitAudit.Snapshot(source),
            MergeId = merge.Id,
            TargetCode = target.Code,
            merge.EffectiveOn,
            merge.DecisionReference,
        });
        await db.SaveChangesAsync(ct);
        return merge.Id;
    }
}
