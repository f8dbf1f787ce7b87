using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

/// <summary>
/// What the account store (Identity, in Infrastructure) says about a password or a user name, in the reader's
/// language (PasswordMessages(.en).resx), whatever error describer the host registered.
/// </summary>
public static class PasswordMessages
{
    private static readonly MessageText Text = new(typeof(PasswordMessages));

    public static string RequiresDigit => Text.Get();

    public static string RequiresLower => Text.Get();

    public static string RequiresUpper => Text.Get();

    public static string RequiresNonAlphanumeric => Text.Get();

    public static string UserNameTaken => Text.Get();

    public static string UserNameInvalid => Text.Get();

    public static string RoleInvalid => Text.Get();

    public static string TooCommon => Text.Get();

    public static string ContainsOwnName => Text.Get();

    public static string SameAsCurrent => Text.Get();

    public static string CurrentWrong => Text.Get();

    public static string LockoutNotEnabled => Text.Get();

    public static string RoleTaken(string role) => Text.Format(nameof(RoleTaken), role);

    public static string AlreadyInRole(string role) => Text.Format(nameof(AlreadyInRole), role);

    public static string TooShort(int length) => Text.Format(nameof(TooShort), length);

    public static string UniqueChars(int count) => Text.Format(nameof(UniqueChars), count);

    public static string TooLong(int length) => Text.Format(nameof(TooLong), length);
}
