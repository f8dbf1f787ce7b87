using ParIndex.Domain.Common;

namespace ParIndex.Domain.Periods;

/// <summary>
/// Phân công thẩm định: an inspector appraises every criterion of one unit, or one domain of a block's framework
/// for every unit of that block (a lead agency such as the Justice department scoring its own domain).
/// </summary>
public sealed class AppraisalAssignment : Entity
{
    private AppraisalAssignment()
    {
    }

    private AppraisalAssignment(Guid periodId, Guid inspectorUserId, Guid? unitId, Guid? domainNodeId)
    {
        PeriodId = periodId;
        InspectorUserId = inspectorUserId;
        UnitId = unitId;
        DomainNodeId = domainNodeId;
    }

    public Guid PeriodId { get; private set; }

    public Guid InspectorUserId { get; private set; }

    public Guid? UnitId { get; private set; }

    /// <summary>A domain node of a framework the period uses.</summary>
    public Guid? DomainNodeId { get; private set; }

    public static AppraisalAssignment ForUnit(Guid periodId, Guid inspectorUserId, Guid unitId) => new(periodId, inspectorUserId, unitId, null);

    /// <summary>
    /// A whole unit for an inspector whose own unit is <paramref name="inspectorOwnUnitId"/> (null for Home Affairs'
    /// province-wide accounts): refused when it is the unit itself, since nobody appraises their own unit.
    /// </summary>
    public static AppraisalAssignment ForUnit(Guid periodId, Guid inspectorUserId, Guid unitId, Guid? inspectorOwnUnitId) =>
        IsConflictOfInterest(inspectorOwnUnitId, unitId)
            ? throw new DomainException("assignment.conflictOfInterest", "The inspector belongs to this unit and may not appraise it.")
            : ForUnit(periodId, inspectorUserId, unitId);

    /// <summary>The conflict-of-interest rule: an inspector who belongs to a unit never appraises it.</summary>
    public static bool IsConflictOfInterest(Guid? inspectorOwnUnitId, Guid unitId) => inspectorOwnUnitId == unitId;

    public static AppraisalAssignment ForDomain(Guid periodId, Guid inspectorUserId, Guid domainNodeId) => new(periodId, inspectorUserId, null, domainNodeId);

    /// <summary>Whether this assignment lets its inspector score a leaf (under <paramref name="leafDomainId"/>) of a unit.</summary>
    public bool Covers(Guid unitId, Guid leafDomainId) => UnitId == unitId || DomainNodeId == leafDomainId;
}
