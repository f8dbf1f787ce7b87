using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// Who appraises what. Only inspectors write appraised scores, and only within their assignments: a whole unit, or
/// one domain for every unit of a block. Home Affairs, the council and leaders read every unit's appraisal.
/// A lead agency's inspector (<see cref="Roles.LeadAgencyInspector"/>) reads and writes only the criteria of the
/// domains assigned to them: <see cref="DomainScoped"/> is the one rule every view and output follows.
/// </summary>
public static class AppraisalAccess
{
    public static readonly string[] Appraisers = [Roles.Inspector, Roles.LeadAgencyInspector];

    /// <summary>Read every unit's appraisal, whole.</summary>
    public static readonly string[] Readers = [Roles.Inspector, Roles.Administrator, Roles.CouncilMember, Roles.Leader];

    /// <summary>Read the appraisal queue and appraisal views, lead agencies limited to their domains.</summary>
    public static readonly string[] QueueReaders = [.. Readers, Roles.LeadAgencyInspector];

    /// <summary>
    /// Whether the caller reads criterion-level data only within their domain assignments: a lead agency's inspector
    /// who holds no province-wide role. Everything else they open (scorecards, exports, ranking files, dashboards) is
    /// refused before publication, like any unit's people; published results are public to them as to anyone.
    /// </summary>
    public static bool DomainScoped(ICurrentUser user) =>
        user.IsAuthenticated && user.IsInRole(Roles.LeadAgencyInspector) && !Readers.Any(user.IsInRole);

    public static readonly string[] Assigners = [Roles.Administrator];

    /// <summary>The part of a unit's framework the current inspector may score in a period.</summary>
    internal static async Task<AppraisalScope> ScopeAsync(IParIndexDb db, ICurrentUser user, Guid periodId, Guid unitId, CancellationToken ct)
    {
        if (!user.IsAuthenticated || user.UserId is not { } userId || !Appraisers.Any(user.IsInRole))
        {
            return AppraisalScope.None;
        }

        // Conflict of interest: whatever was assigned (a domain reaches every unit of a block), nobody appraises their own unit.
        if (AppraisalAssignment.IsConflictOfInterest(user.UnitId, unitId))
        {
            return AppraisalScope.None;
        }

        var mine = await db.AppraisalAssignments.AsNoTracking()
            .Where(a => a.PeriodId == periodId && a.InspectorUserId == userId && (a.UnitId == unitId || a.DomainNodeId != null))
            .ToListAsync(ct);
        return new AppraisalScope(mine.Any(a => a.UnitId == unitId), mine.Where(a => a.DomainNodeId is not null).Select(a => a.DomainNodeId!.Value).ToHashSet());
    }

    /// <summary>
    /// Whether a lead agency's inspector may open an evidence file: it is cited by a criterion of a domain assigned
    /// to them in the evidence's period.
    /// </summary>
    internal static async Task<bool> CoversEvidenceAsync(IParIndexDb db, ICurrentUser user, Guid evidenceId, Guid periodId, Guid unitId, CancellationToken ct)
    {
        var scope = await ScopeAsync(db, user, periodId, unitId, ct);
        if (scope.IsEmpty)
        {
            return false;
        }

        var cited = await (from link in db.CriterionEvidence
                           join r in db.CriterionResponses on link.ResponseId equals r.Id
                           join a in db.Assessments on r.AssessmentId equals a.Id
                           where link.EvidenceId == evidenceId && a.PeriodId == periodId && a.UnitId == unitId
                           select new { r.NodeId, a.FrameworkId }).AsNoTracking().ToListAsync(ct);
        foreach (var frameworkId in cited.Select(c => c.FrameworkId).Distinct())
        {
            var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == frameworkId, ct);
            var leaves = framework.Nodes.ToDictionary(n => n.Id);
            if (cited.Any(c => c.FrameworkId == frameworkId && leaves.TryGetValue(c.NodeId, out var leaf) && scope.Covers(framework.DomainOf(leaf).Id)))
            {
                return true;
            }
        }

        return false;
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
            throw new AccessDeniedException(AppraisalMessages.NotAssignedCriterion);
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
