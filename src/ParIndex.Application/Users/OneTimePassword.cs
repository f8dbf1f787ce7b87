using System.Security.Cryptography;

namespace ParIndex.Application.Users;

/// <summary>
/// A first password for an imported account: random, long enough for the password policy, without look-alike characters
/// (it is read off a printed list). The account must change it at its first sign-in (<see cref="AccountClaims.MustChangePassword"/>).
/// </summary>
public static class OneTimePassword
{
    public const int Length = 16;

    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

    public static string Create()
    {
        // Four groups of four: about 91 bits, easy to type from a list.
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return string.Join('-', Enumerable.Range(0, Length / 4).Select(i => new string(chars, i * 4, 4)));
    }
}

/// <summary>Claims kept on an account (Identity's user claims), read into the sign-in cookie.</summary>
public static class AccountClaims
{
    /// <summary>Present while the account still has the one-time password it was given: every page leads to the change.</summary>
    public const string MustChangePassword = "parindex:must_change_password";
}
