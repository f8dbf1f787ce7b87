using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// The embedded list of common and guessable passwords (CommonPasswords.txt), and the patterns that make a long
/// password still easy to guess: a listed word padded with digits ("iloveyou2024!"), light "leet" spelling
/// ("P@ssw0rd"), a repeated chunk ("abcabcabcabc"), a run of keys or digits ("123456789012", "qwertyuiopas").
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "ParIndex.Infrastructure.Identity.CommonPasswords.txt";

    private static readonly string[] KeyboardWalks =
    [
        "qwertyuiopasdfghjklzxcvbnm", "1234567890qwertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "1q2w3e4r5t6y7u8i9o0p", "zaq12wsxcde34rfvbgt56yhnmju78ik", "abcdefghijklmnopqrstuvwxyz", "01234567890123456789",
    ];

    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static int Count => Words.Value.Count;

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var text = Normalize(password.Replace('@', 'a').Replace('$', 's'));
        if (text.Length == 0)
        {
            return IsRepeated(password);
        }

        var core = text.Trim("0123456789".ToCharArray());
        string[] candidates = [text, core, Unleet(core, '1', 'i'), Unleet(core, '1', 'l')];
        return candidates.Any(c => c.Length >= 4 && Words.Value.Contains(c))
            || IsRepeated(text)
            || IsWalk(text);
    }

    /// <summary>Lower case, without Vietnamese marks (đ becomes d), letters and digits only.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c == 'Đ' || c == 'đ' ? 'd' : c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    private static string Unleet(string text, char one, char oneAs) => new(text.Select(c => c switch
    {
        '0' => 'o',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ when c == one => oneAs,
        _ => c,
    }).ToArray());

    /// <summary>The whole text is one short chunk, or one listed word, said again and again.</summary>
    private static bool IsRepeated(string text)
    {
        for (var size = 1; size <= text.Length / 2; size++)
        {
            if (text.Length % size != 0)
            {
                continue;
            }

            var chunk = text[..size];
            if ((size <= 4 || Words.Value.Contains(chunk)) && string.Concat(Enumerable.Repeat(chunk, text.Length / size)) == text)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWalk(string text) => KeyboardWalks.Any(walk =>
        walk.Contains(text, StringComparison.Ordinal)
        || new string(walk.Reverse().ToArray()).Contains(text, StringComparison.Ordinal));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#') && Normalize(line) is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
