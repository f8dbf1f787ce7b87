using System.Globalization;

namespace ParIndex.Web.Localization;

/// <summary>Vietnamese first; English as the second language.</summary>
public static class Cultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static IReadOnlyList<string> Supported { get; } = [Vietnamese, English];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Blocks have an optional English name; Vietnamese is the one that always exists.</summary>
    public static string Pick(string vietnamese, string? english) =>
        IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : vietnamese;
}
