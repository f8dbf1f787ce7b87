using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// Hashes imported accounts' one-time passwords, in Identity's own format (PBKDF2-HMAC-SHA512, salted, the iteration count
/// stored in the hash) so the ordinary sign-in verifies them — but with far fewer iterations than a chosen password gets.
/// Stretching makes guessing a weak human password slow; a one-time password is 16 random characters (about 91 bits,
/// <see cref="Application.Users.OneTimePassword"/>), which no number of guesses reaches, and it must be replaced at the
/// first sign-in. At Identity's 100,000 iterations 10,000 accounts cost minutes of CPU; at these, seconds
/// (docs/performance.md). Identity re-hashes at full strength when the password is checked at sign-in, and the new
/// password the person chooses gets the full count.
/// </summary>
internal static class ImportedPasswordHasher
{
    public const int Iterations = 1_000;

    private static readonly PasswordHasher<ApplicationUser> Hasher =
        new(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3, IterationCount = Iterations }));

    /// <summary>The hashes, in order, computed on every core (each hash is independent CPU work).</summary>
    public static string[] HashAll(IReadOnlyList<string> passwords)
    {
        var hashes = new string[passwords.Count];
        var user = new ApplicationUser();
        Parallel.For(0, passwords.Count, i => hashes[i] = Hasher.HashPassword(user, passwords[i]));
        return hashes;
    }
}
