using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>The values of a unit that the audit trail records before and after a change.</summary>
internal static class UnitAudit
{
    public static object Snapshot(Unit unit) =>
        new { unit.Code, unit.Name, unit.ShortName, unit.BlockId, unit.IsActive, unit.MergedIntoUnitId, unit.ClosedOn };
}
