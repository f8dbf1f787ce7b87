using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// Turns Identity's errors into Vietnamese validation failures on the form field they concern, whatever
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
            nameof(IdentityErrorDescriber.PasswordTooShort) => string.Format(CultureInfo.InvariantCulture,
                "Mật khẩu phải có ít nhất {0} ký tự.", password.RequiredLength),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => string.Format(CultureInfo.InvariantCulture,
                "Mật khẩu phải có ít nhất {0} ký tự khác nhau.", password.RequiredUniqueChars),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Mật khẩu phải có ít nhất một chữ số.",
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Mật khẩu phải có ít nhất một chữ thường.",
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Mật khẩu phải có ít nhất một chữ hoa.",
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Mật khẩu phải có ít nhất một ký tự đặc biệt.",
            nameof(IdentityErrorDescriber.DuplicateUserName) => "Tên đăng nhập đã được dùng cho một tài khoản khác.",
            nameof(IdentityErrorDescriber.InvalidUserName) => "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự - . _ @ +",
            nameof(IdentityErrorDescriber.InvalidRoleName) => "Vai trò không hợp lệ.",
            _ => error.Description,
        };
    }

    private static string PropertyOf(string code, string passwordProperty) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordProperty
        : code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
        : string.Empty;
}
