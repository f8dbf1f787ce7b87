using Microsoft.AspNetCore.Identity;
using ParIndex.Application.Users;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// What Identity's options cannot say: a maximum length, and no password that is common, trivially patterned
/// or made of the account's own name (ASVS 5.0 6.2.4, 6.2.9, 6.2.11). Identity checks the minimum length.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        password ??= string.Empty;
        var errors = new List<IdentityError>();
        if (password.Length > IdentityPolicy.MaxPasswordLength)
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = PasswordMessages.TooLong(IdentityPolicy.MaxPasswordLength),
            });
        }

        if (CommonPasswords.IsCommon(password))
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = PasswordMessages.TooCommon,
            });
        }

        if (ContainsOwnName(password, user.UserName) || ContainsOwnName(password, user.FullName))
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordContainsUserName",
                Description = PasswordMessages.ContainsOwnName,
            });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool ContainsOwnName(string password, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var compact = CommonPasswords.Normalize(password);
        return CommonPasswords.Normalize(name) is { Length: >= 3 } whole && compact.Contains(whole, StringComparison.Ordinal)
            || name.Split([' ', '.', '_', '-', '@'], StringSplitOptions.RemoveEmptyEntries)
                .Select(CommonPasswords.Normalize)
                .Any(part => part.Length >= 4 && compact.Contains(part, StringComparison.Ordinal));
    }
}
