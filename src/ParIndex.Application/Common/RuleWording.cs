using System.Globalization;
using System.Resources;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.Common;

/// <summary>
/// The one place the rules' sentences get a language: a <see cref="RuleText"/> (an outcome's explanation, an entry
/// field's label, a problem in a rule's parameters) read from <c>RuleWording(.en).resx</c> by its code and filled with
/// its values. Live pages and the API use the reader's culture (<see cref="Of(RuleText)"/>: "97.50%" in English,
/// "97,50%" otherwise); official documents and publication snapshots are Vietnamese whoever asks
/// (<see cref="InVietnamese"/>), so what was published reads, and hashes, the same for everyone (ADR 0007, 0012).
/// </summary>
public static class RuleWording
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly ResourceManager Resources = new(typeof(RuleWording));

    /// <summary>
    /// English for a person who chose English; Vietnamese otherwise, including jobs that run without a person — the
    /// words and the numbers in them always from the same culture.
    /// </summary>
    public static CultureInfo ReaderCulture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.CurrentCulture : Vietnamese;

    /// <summary>The sentence in the reader's culture.</summary>
    public static string Of(RuleText text) => In(ReaderCulture, text);

    /// <summary>The sentence in the reader's culture, or null for none.</summary>
    public static string? OrNull(RuleText? text) => text is null ? null : In(ReaderCulture, text);

    /// <summary>The sentence as official documents and snapshots print it.</summary>
    public static string? InVietnamese(RuleText? text) => text is null ? null : In(Vietnamese, text);

    /// <summary>The sentence in the given culture.</summary>
    public static string In(CultureInfo culture, RuleText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        var format = Resources.GetString(text.Code, culture);
        if (format is null)
        {
            // A code without a text is a programming mistake the resource test catches; the code beats a crash.
            return text.ToString();
        }

        var arguments = new object?[text.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Argument(text.Arguments[i], culture);
        }

        return string.Format(culture, format, arguments);
    }

    /// <summary>Whether a code has its text (the resource test checks every code the rules use).</summary>
    public static bool Has(string code) => Resources.GetString(code, CultureInfo.InvariantCulture) is not null;

    private static object? Argument(object value, CultureInfo culture) => value switch
    {
        RuleText part => In(culture, part),
        IEnumerable<RuleText> parts => string.Join(", ", parts.Select(p => In(culture, p))),
        decimal number => new Number(number),
        _ => value,
    };

    /// <summary>A decimal shown with at most two decimals ("0,75"), unless the text names its own format ("{0:0.00}").</summary>
    private readonly record struct Number(decimal Value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            Value.ToString(string.IsNullOrEmpty(format) ? "0.##" : format, formatProvider);

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }
}
