using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

/// <summary>The messages of the user administration use cases (UserMessages(.en).resx).</summary>
internal static class UserMessages
{
    private static readonly MessageText Text = new(typeof(UserMessages));

    public static string UserNameRequired => Text.Get();
    public static string UserNameTooLong => Text.Get();
    public static string UserNameFormat => Text.Get();
    public static string UserNameTaken => Text.Get();
    public static string FullNameRequired => Text.Get();
    public static string FullNameTooLong => Text.Get();
    public static string RoleInvalid => Text.Get();
    public static string UnitRequired => Text.Get();
    public static string UnitNotAllowed => Text.Get();
    public static string UnitInactive => Text.Get();
    public static string PasswordRequired => Text.Get();
    public static string CannotDisableSelf => Text.Get();
    public static string CannotDemoteSelf => Text.Get();

    /// <summary>The characters Identity accepts in a user name by default.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9._@+-]+$";

    public const int MaxUserNameLength = 256;
    public const int MaxFullNameLength = 200;

    public static ValidationException Invalid(string propertyName, string message) =>
        new([new ValidationFailure(propertyName, message)]);

    public static string CurrentPasswordRequired => Text.Get();

    public static string NewPasswordRequired => Text.Get();
}
