namespace ParIndex.Application.Common;

/// <summary>
/// The access checks every use case runs, whoever calls it: the UI hiding a button is never the control.
/// </summary>
public static class AccessRules
{
    public static void RequireAuthenticated(this ICurrentUser user)
    {
        if (!user.IsAuthenticated || user.UserId is null)
        {
            throw new AccessDeniedException();
        }
    }

    public static void RequireAnyRole(this ICurrentUser user, params string[] roles)
    {
        user.RequireAuthenticated();
        if (!roles.Any(user.IsInRole))
        {
            throw new AccessDeniedException();
        }
    }

    /// <summary>Province-wide roles see every unit; agency roles only their own.</summary>
    public static bool CanSeeUnit(this ICurrentUser user, Guid unitId) =>
        user.IsAuthenticated && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Inspector)
            || user.IsInRole(Roles.CouncilMember) || user.IsInRole(Roles.Leader) || user.UnitId == unitId);

    public static void RequireUnitAccess(this ICurrentUser user, Guid unitId)
    {
        user.RequireAuthenticated();
        if (!user.CanSeeUnit(unitId))
        {
            throw new AccessDeniedException();
        }
    }
}
