using System.Globalization;
using System.Text;

namespace ParIndex.Application.Common;

/// <summary>
/// Search as people type it: without accents, case or spaces ("thanh lam" finds "Thanh Lâm", "so y te" finds
/// "Sở Y tế"), because officers type on keyboards without a Vietnamese input method as often as with one.
/// </summary>
public static class SearchText
{
    /// <summary>"Mã đơn vị" → "madonvi": no accents (đ → d), lower case, letters and digits only.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether any of the fields contains the query, both folded; an empty query matches everything.</summary>
    public static bool Matches(string? query, params string?[] fields)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        var folded = Fold(query);
        return folded.Length == 0 || fields.Any(f => f is not null && Fold(f).Contains(folded, StringComparison.Ordinal));
    }
}
