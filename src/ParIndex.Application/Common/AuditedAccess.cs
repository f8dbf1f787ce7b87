namespace ParIndex.Application.Common;

/// <summary>Role checks whose refusals are written to the audit trail before the caller gets a 403.</summary>
public static class AuditedAccess
{
    public static async Task RequireAnyRoleAsync(this ICurrentUser user, IParIndexDb db, TimeProvider clock,
        string action, string entityType, object? entityId, CancellationToken cancellationToken, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        if (user.IsAuthenticated && user.UserId is not null && roles.Any(user.IsInRole))
        {
            return;
        }

        db.Audit(user, clock, action, entityType, entityId, succeeded: false);
        await db.SaveChangesAsync(cancellationToken);
        throw new AccessDeniedException();
    }
}
