using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>
/// Who reaches an improvement plan. A unit's own staff and leader keep its plan; Home Affairs, the provincial leaders
/// and the administrator follow every unit's progress but change nothing. Any other request is audited, then refused.
/// </summary>
public static class ImprovementAccess
{
    public static readonly string[] Editors = [Roles.AgencyStaff, Roles.AgencyLeader];

    /// <summary>Province-wide readers of every unit's plan and of the overview.</summary>
    public static readonly string[] ProvinceReaders = [Roles.Inspector, Roles.Leader, Roles.Administrator];

    public static bool MayEdit(ICurrentUser user, Guid unitId) =>
        user.IsAuthenticated && user.UserId is not null && user.UnitId == unitId && Editors.Any(user.IsInRole);

    public static bool MayRead(ICurrentUser user, Guid unitId) =>
        MayEdit(user, unitId) || (user.IsAuthenticated && user.UserId is not null && ProvinceReaders.Any(user.IsInRole));

    public static async Task RequireReadAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid unitId, string action, CancellationToken ct)
    {
        if (!MayRead(user, unitId))
        {
            await RefuseAsync(db, user, clock, action, unitId, ct);
        }
    }

    public static async Task RequireEditAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid unitId, string action, object entityId,
        CancellationToken ct)
    {
        if (!MayEdit(user, unitId))
        {
            await RefuseAsync(db, user, clock, action, entityId, ct);
        }
    }

    /// <summary>Today's date in Vietnam: due dates and done days are calendar days there.</summary>
    public static DateOnly Today(TimeProvider clock) => VietnamTime.DateOf(clock.GetUtcNow().UtcDateTime);

    private static async Task RefuseAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, string action, object entityId, CancellationToken ct)
    {
        db.Audit(user, clock, action, nameof(ImprovementTask), entityId, succeeded: false);
        await db.SaveChangesAsync(ct);
        throw new AccessDeniedException();
    }
}
