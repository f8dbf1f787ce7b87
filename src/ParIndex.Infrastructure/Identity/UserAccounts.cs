using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// Accounts through Identity's UserManager. Each operation runs in its own DI scope, hence its own DbContext,
/// so a long-lived Blazor circuit never edits a stale tracked user; the change and its audit entry commit in
/// one transaction.
/// </summary>
internal sealed class UserAccounts(
    IServiceScopeFactory scopes, IDbContextFactory<ParIndexDbContext> contexts, ICurrentUser currentUser, TimeProvider clock)
    : IUserAccounts
{
    private const string EntityType = "User";

    /// <summary>Imported accounts saved per round trip: large enough to be quick, small enough to bound memory.</summary>
    private const int ImportBatch = 500;

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct) => await QueryAsync(null, ct);

    public async Task<UserAccount?> FindAsync(Guid userId, CancellationToken ct) =>
        (await QueryAsync(userId, ct)).SingleOrDefault();

    public async Task<bool> IsUserNameTakenAsync(string userName, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByNameAsync(userName) is not null;
    }

    public async Task<Guid> CreateAsync(NewUserAccount account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        await EnsureRoleExistsAsync(scope, account.Role);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new ApplicationUser
        {
            UserName = account.UserName,
            FullName = account.FullName,
            UnitId = account.UnitId,
            IsActive = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        ThrowIfFailed(await users.CreateAsync(user, account.Password), users, "Password");
        db.Audit(currentUser, clock, "user.created", EntityType, user.Id, newValues: Snapshot(user, [account.Role]));
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role), users, "Password");
        await transaction.CommitAsync(ct);
        return user.Id;
    }

    public async Task UpdateAsync(UserAccountChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        var user = await LoadAsync(users, change.UserId, change.ConcurrencyStamp);
        var oldRoles = await users.GetRolesAsync(user);
        var old = Snapshot(user, oldRoles);
        await EnsureRoleExistsAsync(scope, change.Role);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Sessions carry the role and unit as claims: a change to either, or disabling, must end them.
        var endSessions = !oldRoles.SequenceEqual([change.Role]) || user.UnitId != change.UnitId
            || (user.IsActive && !change.IsActive);
        user.FullName = change.FullName;
        user.UnitId = change.UnitId;
        user.IsActive = change.IsActive;

        var obsolete = oldRoles.Where(r => r != change.Role).ToList();
        if (obsolete.Count > 0)
        {
            ThrowIfFailed(await users.RemoveFromRolesAsync(user, obsolete), users, "Password");
        }

        if (!oldRoles.Contains(change.Role))
        {
            ThrowIfFailed(await users.AddToRoleAsync(user, change.Role), users, "Password");
        }

        db.Audit(currentUser, clock, "user.updated", EntityType, user.Id, old, Snapshot(user, [change.Role]));
        ThrowIfFailed(endSessions ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user), users, "Password");
        await transaction.CommitAsync(ct);
    }

    public async Task ResetPasswordAsync(Guid userId, string newPassword, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException(EntityType, userId);

        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, newPassword)).Errors);
        }

        ThrowIfFailed(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]), users, "NewPassword");
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        // Never the password or its hash: the entry only says that it was reset.
        db.Audit(currentUser, clock, "user.passwordReset", EntityType, user.Id);
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user), users, "NewPassword");
    }

    public async Task CreateImportedAsync(IReadOnlyList<ImportedUserAccount> accounts, object importSummary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        foreach (var role in accounts.Select(a => a.Role).Distinct())
        {
            await EnsureRoleExistsAsync(scope, role);
        }

        var roleIds = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, ct);
        // The rows the file's check accepted are written directly, not through UserManager.CreateAsync one by one, which
        // costs three saves and a name lookup per account (10,000 accounts: minutes, docs/performance.md). The file's
        // check already refused taken and repeated names; the unique index on the normalized name still guards a race.
        // Saved in batches inside one transaction — all or none, a failure on the 300th account leaves none of the first
        // 299 — with the change tracker emptied after each, so memory stays that of one batch whatever the file's size.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var lockout = users.Options.Lockout.AllowedForNewUsers;
        foreach (var batch in accounts.Chunk(ImportBatch))
        {
            var hashes = ImportedPasswordHasher.HashAll([.. batch.Select(a => a.OneTimePassword)]);
            for (var i = 0; i < batch.Length; i++)
            {
                var account = batch[i];
                var user = new ApplicationUser
                {
                    UserName = account.UserName,
                    NormalizedUserName = users.NormalizeName(account.UserName),
                    FullName = account.FullName,
                    Email = account.Email,
                    NormalizedEmail = account.Email is null ? null : users.NormalizeEmail(account.Email),
                    UnitId = account.UnitId,
                    IsActive = true,
                    LockoutEnabled = lockout,
                    PasswordHash = hashes[i],
                    CreatedAtUtc = now,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[account.Role] });
                db.UserClaims.Add(new IdentityUserClaim<Guid> { UserId = user.Id, ClaimType = AccountClaims.MustChangePassword, ClaimValue = "1" });
                db.Audit(currentUser, clock, "user.created", EntityType, user.Id,
                    newValues: new { user.UserName, user.FullName, user.Email, Roles = new[] { account.Role }, user.UnitId, user.IsActive, Imported = true, MustChangePassword = true });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        db.Audit(currentUser, clock, "users.imported", EntityType, null, newValues: importSummary);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task ChangeOwnPasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException(EntityType, userId);
        if (currentPassword == newPassword)
        {
            throw Invalid("NewPassword", PasswordMessages.SameAsCurrent);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded && changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throw Invalid("CurrentPassword", PasswordMessages.CurrentWrong);
        }

        ThrowIfFailed(changed, users, "NewPassword");
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountClaims.MustChangePassword).ToList();
        if (marks.Count > 0)
        {
            ThrowIfFailed(await users.RemoveClaimsAsync(user, marks), users, "NewPassword");
        }

        // Never the password or its hash: the entry only says that it was changed.
        db.Audit(currentUser, clock, "user.passwordChanged", EntityType, user.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task DisableAsync(Guid userId, string concurrencyStamp, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Resolve(scope);
        var user = await LoadAsync(users, userId, concurrencyStamp);
        if (!user.IsActive)
        {
            return;
        }

        user.IsActive = false;
        db.Audit(currentUser, clock, "user.disabled", EntityType, user.Id, new { IsActive = true }, new { IsActive = false });
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user), users, "Password");
    }

    private static (UserManager<ApplicationUser> Users, ParIndexDbContext Db) Resolve(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            scope.ServiceProvider.GetRequiredService<ParIndexDbContext>());

    private static async Task<ApplicationUser> LoadAsync(UserManager<ApplicationUser> users, Guid userId, string seenStamp)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException(EntityType, userId);
        ConcurrencyCheck.EnsureUnchanged(seenStamp, user.ConcurrencyStamp);
        return user;
    }

    private static async Task EnsureRoleExistsAsync(AsyncServiceScope scope, string role)
    {
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            ThrowIfFailed(await roles.CreateAsync(new ApplicationRole(role)), null, "Role");
        }
    }

    private static void ThrowIfFailed(IdentityResult result, UserManager<ApplicationUser>? users, string passwordProperty)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrencyConflictException(ConcurrencyCheck.Message);
        }

        throw IdentityErrorMessages.ToValidationException(result.Errors, users?.Options.Password ?? new PasswordOptions(), passwordProperty);
    }

    private static FluentValidation.ValidationException Invalid(string property, string message) =>
        new([new FluentValidation.Results.ValidationFailure(property, message)]);

    private static object Snapshot(ApplicationUser user, IEnumerable<string> roles) =>
        new { user.UserName, user.FullName, Roles = roles.ToArray(), user.UnitId, user.IsActive };

    private async Task<IReadOnlyList<UserAccount>> QueryAsync(Guid? userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        if (userId is { } id)
        {
            users = users.Where(u => u.Id == id);
        }

        var rows = await (
            from u in users
            join unit in db.Units on u.UnitId equals unit.Id into units
            from unit in units.DefaultIfEmpty()
            orderby u.UserName
            select new { User = u, UnitName = unit == null ? null : unit.Name })
            .ToListAsync(ct);
        var roles = (await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            select new { ur.UserId, r.Name })
            .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name ?? string.Empty);

        var now = clock.GetUtcNow();
        return rows.Select(r => new UserAccount(r.User.Id, r.User.UserName ?? string.Empty, r.User.FullName,
                roles[r.User.Id].Order(StringComparer.Ordinal).ToList(), r.User.UnitId, r.UnitName, r.User.IsActive,
                r.User.LockoutEnd > now, r.User.ConcurrencyStamp ?? string.Empty))
            .ToList();
    }
}
