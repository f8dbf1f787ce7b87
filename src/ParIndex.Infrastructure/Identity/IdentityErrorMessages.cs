using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using ParIndex.Application.Users;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// Turns Identity's errors into validation failures in the reader's language on the form field they concern, whatever
/// error describer the host registered (its texts are English by default).
/// </summary>
internal static class IdentityErrorMessages
{
    public static ValidationException ToValidationException(IEnumerable<IdentityError> errors, PasswordOptions password,
        string passwordProperty) =>
        new(errors.Select(e => new ValidationFailure(PropertyOf(e.Code, passwordProperty), Translate(e, password))
        {
            ErrorCode = e.Code,
        }));

    public static string Translate(IdentityError error, PasswordOptions password)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(password);
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => PasswordMessages.TooShort(password.RequiredLength),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => PasswordMessages.UniqueChars(password.RequiredUniqueChars),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => PasswordMessages.RequiresDigit,
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => PasswordMessages.RequiresLower,
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => PasswordMessages.RequiresUpper,
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => PasswordMessages.RequiresNonAlphanumeric,
            nameof(IdentityErrorDescriber.DuplicateUserName) => PasswordMessages.UserNameTaken,
            nameof(IdentityErrorDescriber.InvalidUserName) => PasswordMessages.UserNameInvalid,
            nameof(IdentityErrorDescriber.InvalidRoleName) => PasswordMessages.RoleInvalid,
            _ => error.Description,
        };
    }

    private static string PropertyOf(string code, string passwordProperty) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordProperty
        : code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
        : string.Empty;
}
