namespace ParIndex.Application.Users;

/// <summary>
/// The sign-in accounts, kept by ASP.NET Core Identity. Each change is saved together with its audit entry;
/// password errors come back as a FluentValidation.ValidationException with Vietnamese messages.
/// </summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct);

    Task<UserAccount?> FindAsync(Guid userId, CancellationToken ct);

    Task<bool> IsUserNameTakenAsync(string userName, CancellationToken ct);

    Task<Guid> CreateAsync(NewUserAccount account, CancellationToken ct);

    /// <summary>Throws ConcurrencyConflictException when the account changed since <see cref="UserAccountChange.ConcurrencyStamp"/>.</summary>
    Task UpdateAsync(UserAccountChange change, CancellationToken ct);

    Task ResetPasswordAsync(Guid userId, string newPassword, CancellationToken ct);

    /// <summary>
    /// Creates imported accounts in one transaction, each with its one-time password and the mark that it must be changed
    /// at the first sign-in; all or none. The passwords are hashed by Identity and never stored in clear or audited.
    /// </summary>
    Task CreateImportedAsync(IReadOnlyList<ImportedUserAccount> accounts, object importSummary, CancellationToken ct);

    /// <summary>The person's own change of a password; clears the must-change mark and renews the security stamp.</summary>
    Task ChangeOwnPasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct);

    /// <summary>Also renews the security stamp, so the person's open sessions end.</summary>
    Task DisableAsync(Guid userId, string concurrencyStamp, CancellationToken ct);
}

public sealed record UserAccount(
    Guid Id, string UserName, string FullName, IReadOnlyList<string> Roles, Guid? UnitId, string? UnitName,
    bool IsActive, bool IsLockedOut, string ConcurrencyStamp);

public sealed record NewUserAccount(string UserName, string FullName, string Role, Guid? UnitId, string Password);

public sealed record ImportedUserAccount(string UserName, string FullName, string? Email, string Role, Guid? UnitId, string OneTimePassword);

public sealed record UserAccountChange(
    Guid UserId, string FullName, string Role, Guid? UnitId, bool IsActive, string ConcurrencyStamp);
