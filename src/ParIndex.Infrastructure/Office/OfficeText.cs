using System.Globalization;
using System.Text;

namespace ParIndex.Infrastructure.Office;

/// <summary>Text and numbers as Office documents take them.</summary>
internal static class OfficeText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Drops the characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone
    /// surrogates): a unit's free text must not make the whole file unreadable.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Points the Vietnamese way (1,5; 12,25); whole numbers without decimals.</summary>
    public static string Points(decimal value) => value.ToString("0.##", Vietnamese);

    /// <summary>An index or percentage with two decimals, the Vietnamese way (92,01).</summary>
    public static string Index(decimal value) => value.ToString("0.00", Vietnamese);

    public static string Upper(string text) => text.ToUpper(Vietnamese);
}
