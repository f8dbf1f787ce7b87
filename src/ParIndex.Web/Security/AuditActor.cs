using ParIndex.Application.Common;

namespace ParIndex.Web.Security;

/// <summary>Who an audit entry names when the request has no signed-in user yet (sign-in) or no request (start-up).</summary>
internal sealed record AuditActor(Guid? UserId, string? UserName, Guid? UnitId, string? IpAddress) : ICurrentUser
{
    public bool IsAuthenticated => UserId is not null;

    public IReadOnlyCollection<string> Roles => [];

    public static AuditActor System { get; } = new(null, "system", null, null);
}
