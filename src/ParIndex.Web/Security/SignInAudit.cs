using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Web.Security;

/// <summary>Writes sign-in, lockout and sign-out events to the audit trail. The password is never part of it.</summary>
public sealed class SignInAudit(IParIndexDbFactory dbFactory, TimeProvider clock, IHttpContextAccessor httpContextAccessor)
{
    public const string SignedIn = "auth.signIn.succeeded";
    public const string Failed = "auth.signIn.failed";
    public const string LockedOut = "auth.signIn.lockedOut";
    public const string NotAllowed = "auth.signIn.notAllowed";
    public const string SignedOut = "auth.signOut";

    private const int MaxUserNameLength = 256;

    public async Task RecordAsync(string action, ApplicationUser? user, string? attemptedUserName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var name = user?.UserName ?? attemptedUserName;
        if (name is { Length: > MaxUserNameLength })
        {
            name = name[..MaxUserNameLength];
        }

        var ipAddress = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var actor = new AuditActor(user?.Id, name, user?.UnitId, ipAddress);
        await using var db = await dbFactory.CreateAsync(ct);
        db.Audit(actor, clock, action, "User", user?.Id, succeeded: action is SignedIn or SignedOut);
        await db.SaveChangesAsync(ct);
    }
}
