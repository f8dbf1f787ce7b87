using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace ParIndex.Infrastructure.Identity;

/// <summary>Identity's messages that reach people (account forms, the first-administrator check), in Vietnamese.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = string.Format(Vietnamese, "Mật khẩu phải có ít nhất {0} ký tự. Một cụm từ dài dễ nhớ là lựa chọn tốt.", length),
    };

    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = "Mật khẩu không đúng.",
    };

    public override IdentityError DuplicateUserName(string userName) => new()
    {
        Code = nameof(DuplicateUserName),
        Description = string.Format(Vietnamese, "Tên đăng nhập '{0}' đã được dùng.", userName),
    };

    public override IdentityError InvalidUserName(string? userName) => new()
    {
        Code = nameof(InvalidUserName),
        Description = "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các ký tự . _ - @ +.",
    };

    public override IdentityError DuplicateRoleName(string role) => new()
    {
        Code = nameof(DuplicateRoleName),
        Description = string.Format(Vietnamese, "Vai trò '{0}' đã tồn tại.", role),
    };

    public override IdentityError UserAlreadyInRole(string role) => new()
    {
        Code = nameof(UserAlreadyInRole),
        Description = string.Format(Vietnamese, "Người dùng đã có vai trò '{0}'.", role),
    };

    public override IdentityError ConcurrencyFailure() => new()
    {
        Code = nameof(ConcurrencyFailure),
        Description = "Tài khoản đã được người khác thay đổi. Vui lòng tải lại và thử lại.",
    };

    public override IdentityError UserLockoutNotEnabled() => new()
    {
        Code = nameof(UserLockoutNotEnabled),
        Description = "Tài khoản này không áp dụng khóa tạm thời.",
    };
}
