using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// Who appraises what. Only inspectors write appraised scores, and only within their assignments: a whole unit, or
/// one domain for every unit of a block. Home Affairs, the council and leaders read every unit's appraisal.
/// </summary>
public static class AppraisalAccess
{
    public static readonly string[] Appraisers = [Roles.Inspector];

    public static readonly string[] Readers = [Roles.Inspector, Roles.Administrator, Roles.CouncilMember, Roles.Leader];

    public static readonly string[] Assigners = [Roles.Administrator];

    /// <summary>The part of a unit's framework the current inspector may score in a period.</summary>
    internal static async Task<AppraisalScope> ScopeAsync(IParIndexDb db, ICurrentUser user, Guid periodId, Guid unitId, CancellationToken ct)
    {
        if (!user.IsAuthenticated || user.UserId is not { } userId || !Appraisers.Any(user.IsInRole))
        {
            return AppraisalScope.None;
        }

        var mine = await db.AppraisalAssignments.AsNoTracking()
            .Where(a => a.PeriodId == periodId && a.InspectorUserId == userId && (a.UnitId == unitId || a.DomainNodeId != null))
            .ToListAsync(ct);
        return new AppraisalScope(mine.Any(a => a.UnitId == unitId), mine.Where(a => a.DomainNodeId is not null).Select(a => a.DomainNodeId!.Value).ToHashSet());
    }

    /// <summary>Refuses (and audits) unless the caller may score <paramref name="leaf"/> of the unit.</summary>
    internal static async Task RequireCoversAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Framework framework, FrameworkNode leaf,
        Guid periodId, Guid unitId, string action, CancellationToken ct)
    {
        var scope = await ScopeAsync(db, user, periodId, unitId, ct);
        if (!scope.Covers(framework.DomainOf(leaf).Id))
        {
            db.Audit(user, clock, action, nameof(FrameworkNode), leaf.Id, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new AccessDeniedException("Bạn không được phân công thẩm định tiêu chí này của đơn vị.");
        }
    }
}

/// <summary>An inspector's reach within one unit: everything, or some domains.</summary>
public sealed record AppraisalScope(bool WholeUnit, IReadOnlySet<Guid> DomainIds)
{
    public static AppraisalScope None { get; } = new(false, new HashSet<Guid>());

    public static AppraisalScope WholeUnitScope { get; } = new(true, new HashSet<Guid>());

    public bool IsEmpty => !WholeUnit && DomainIds.Count == 0;

    public bool Covers(Guid domainId) => WholeUnit || DomainIds.Contains(domainId);
}
