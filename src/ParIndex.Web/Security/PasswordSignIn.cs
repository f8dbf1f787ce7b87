using Microsoft.AspNetCore.Identity;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Web.Security;

/// <summary>
/// Signs a person in with name and password. The caller gets only success or failure: unknown name, wrong
/// password, locked or disabled account all look the same (ASVS 5.0 6.3.8); the audit trail keeps the difference.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IPasswordHasher<ApplicationUser> passwordHasher,
    SignInAudit audit)
{
    private static readonly ApplicationUser NobodyUser = new();
    private static string? _nobodyHash;

    public async Task<bool> SignInAsync(string userName, string password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var user = userName.Length <= 256 && password.Length <= IdentityPolicy.MaxPasswordLength ? await userManager.FindByNameAsync(userName.Trim()) : null;
        if (user is null)
        {
            // Hash anyway, so an unknown name takes as long as a wrong password.
            _nobodyHash ??= passwordHasher.HashPassword(NobodyUser, Guid.NewGuid().ToString());
            passwordHasher.VerifyHashedPassword(NobodyUser, _nobodyHash, password);
            await audit.RecordAsync(SignInAudit.Failed, null, userName, ct);
            return false;
        }

        // Identity answers a locked or disabled account before it looks at the password: 10 ms against 200 ms told an
        // attacker which accounts exist and are locked (issue 16.8). The same hash work makes both take as long.
        if (await userManager.IsLockedOutAsync(user) || !await signInManager.CanSignInAsync(user))
        {
            _nobodyHash ??= passwordHasher.HashPassword(NobodyUser, Guid.NewGuid().ToString());
            passwordHasher.VerifyHashedPassword(user, user.PasswordHash ?? _nobodyHash, password);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        var action = result.Succeeded ? SignInAudit.SignedIn
            : result.IsLockedOut ? SignInAudit.LockedOut
            : result.IsNotAllowed ? SignInAudit.NotAllowed
            : SignInAudit.Failed;
        await audit.RecordAsync(action, user, userName, ct);
        return result.Succeeded;
    }
}
