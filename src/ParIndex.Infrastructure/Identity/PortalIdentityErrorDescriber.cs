using Microsoft.AspNetCore.Identity;
using ParIndex.Application.Common;
using ParIndex.Application.Users;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// Identity's messages that reach people (account forms, the first-administrator check) in the reader's language, from
/// the same resources as every other refusal: Identity's own describer speaks English only.
/// </summary>
public sealed class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), PasswordMessages.TooShort(length));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), PasswordMessages.CurrentWrong);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), PasswordMessages.UserNameTaken);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), PasswordMessages.UserNameInvalid);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), PasswordMessages.RoleTaken(role));

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), PasswordMessages.AlreadyInRole(role));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), ConcurrencyCheck.Message);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), PasswordMessages.LockoutNotEnabled);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
