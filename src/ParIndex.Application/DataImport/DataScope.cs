using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;

namespace ParIndex.Application.DataImport;

/// <summary>
/// Whether the caller may write figures for a unit's domain: administrators always, inspectors within their
/// appraisal assignments (<see cref="AppraisalAccess"/> decides, asked once per unit of a file).
/// </summary>
internal sealed class DataScope(IParIndexDb db, ICurrentUser user, Guid periodId)
{
    private readonly Dictionary<Guid, AppraisalScope> _byUnit = [];

    public async Task<bool> CoversAsync(Guid unitId, Guid domainId, CancellationToken ct)
    {
        if (DataImportAccess.WritesEverything(user))
        {
            return true;
        }

        if (!_byUnit.TryGetValue(unitId, out var scope))
        {
            scope = await AppraisalAccess.ScopeAsync(db, user, periodId, unitId, ct);
            _byUnit[unitId] = scope;
        }

        return scope.Covers(domainId);
    }
}
