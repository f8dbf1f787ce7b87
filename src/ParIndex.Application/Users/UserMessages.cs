using FluentValidation;
using FluentValidation.Results;

namespace ParIndex.Application.Users;

/// <summary>The Vietnamese messages of the user administration use cases.</summary>
internal static class UserMessages
{
    public const string UserNameRequired = "Vui lòng nhập tên đăng nhập.";
    public const string UserNameTooLong = "Tên đăng nhập dài tối đa {MaxLength} ký tự.";
    public const string UserNameFormat = "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự - . _ @ +";
    public const string UserNameTaken = "Tên đăng nhập đã được dùng cho một tài khoản khác.";
    public const string FullNameRequired = "Vui lòng nhập họ và tên.";
    public const string FullNameTooLong = "Họ và tên dài tối đa {MaxLength} ký tự.";
    public const string RoleInvalid = "Vui lòng chọn một vai trò hợp lệ.";
    public const string UnitRequired = "Tài khoản của cơ quan, đơn vị phải gắn với một đơn vị.";
    public const string UnitNotAllowed = "Vai trò này không gắn với đơn vị; hãy bỏ chọn đơn vị.";
    public const string UnitInactive = "Đơn vị không tồn tại hoặc đã ngừng hoạt động.";
    public const string PasswordRequired = "Vui lòng nhập mật khẩu.";
    public const string CannotDisableSelf = "Bạn không thể vô hiệu hóa tài khoản của chính mình.";
    public const string CannotDemoteSelf = "Bạn không thể bỏ vai trò quản trị của chính mình.";

    /// <summary>The characters Identity accepts in a user name by default.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9._@+-]+$";

    public const int MaxUserNameLength = 256;
    public const int MaxFullNameLength = 200;

    public static ValidationException Invalid(string propertyName, string message) =>
        new([new ValidationFailure(propertyName, message)]);
}
