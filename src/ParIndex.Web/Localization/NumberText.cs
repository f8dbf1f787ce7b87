using System.Globalization;

namespace ParIndex.Web.Localization;

/// <summary>Why typed text is not accepted as the number a field wants.</summary>
public enum NumberProblem
{
    None,

    /// <summary>Not a number the culture writes (letters, two decimal marks, groups not of three digits).</summary>
    NotANumber,

    /// <summary>Below <see cref="NumberLimits.Min"/> or above <see cref="NumberLimits.Max"/>.</summary>
    OutOfRange,

    /// <summary>More decimals than <see cref="NumberLimits.Decimals"/> (a whole number when it is 0).</summary>
    TooManyDecimals,
}

/// <summary>What a field accepts. A null limit is no limit.</summary>
public sealed record NumberLimits(decimal? Min = null, decimal? Max = null, int? Decimals = null)
{
    public static NumberLimits None { get; } = new();

    public static NumberLimits WholeFrom(decimal min, decimal? max = null) => new(min, max, 0);
}

/// <summary>The number read from the text (null for empty text) or the reason it was refused.</summary>
public readonly record struct NumberReading(decimal? Value, NumberProblem Problem)
{
    public bool IsValid => Problem == NumberProblem.None;
}

/// <summary>
/// Numbers as people type and read them in the current culture: "0,75" and "1.500" in Vietnamese, "0.75" and "1,500" in
/// English. Every numeric input of the portal reads through <see cref="Read"/> and shows through <see cref="Format"/>, so a
/// typed number is either the number the person meant or refused with a reason — never clamped or silently changed
/// (MudNumericField without a culture read "0,75" as 75 and clamped it to the maximum).
/// </summary>
/// <remarks>
/// Group separators count only in groups of three ("1.500", "12.345,5"). A single separator that cannot be one ("0.75"
/// in Vietnamese, "0,75" in English) can only be meant as the decimal mark and is read as one. Anything else with two
/// kinds of marks in the wrong order, or letters, spaces inside the digits or a plus sign, is refused.
/// </remarks>
public static class NumberText
{
    /// <summary>Stored precision is six decimals (decimal(18,6)); shown without trailing zeros and without groups.</summary>
    private const string Shown = "0.######";

    public static string Format(decimal? value, CultureInfo culture) =>
        value is { } number ? number.ToString(Shown, culture) : string.Empty;

    /// <summary>Reads what was typed, then checks it against the limits.</summary>
    public static NumberReading Read(string? text, CultureInfo culture, NumberLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NumberReading(null, NumberProblem.None);
        }

        if (Parse(text.Trim(), culture) is not { } number)
        {
            return new NumberReading(null, NumberProblem.NotANumber);
        }

        return new NumberReading(number, Check(number, limits ?? NumberLimits.None));
    }

    /// <summary>The invariant text a use case that takes numbers as text ("12.5") reads; null when it cannot be read.</summary>
    public static string? ToInvariant(string? text, CultureInfo culture) =>
        string.IsNullOrWhiteSpace(text) ? text
        : Read(text, culture) is { IsValid: true, Value: { } number } ? number.ToString(CultureInfo.InvariantCulture)
        : null;

    /// <summary>Invariant text ("12.5", as stored in an answer) shown the culture's way ("12,5").</summary>
    public static string? FromInvariant(string? text, CultureInfo culture) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? Format(number, culture)
            : text;

    private static NumberProblem Check(decimal number, NumberLimits limits)
    {
        if (number < limits.Min || number > limits.Max)
        {
            return NumberProblem.OutOfRange;
        }

        return limits.Decimals is { } decimals && decimal.Round(number, decimals) != number ? NumberProblem.TooManyDecimals : NumberProblem.None;
    }

    private static decimal? Parse(string text, CultureInfo culture)
    {
        var format = culture.NumberFormat;
        var decimalMark = Single(format.NumberDecimalSeparator);
        var groupMark = Single(format.NumberGroupSeparator);
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(c => char.IsAsciiDigit(c) || c == decimalMark || c == groupMark))
        {
            return null;
        }

        var parts = digits.Split(decimalMark);
        var (whole, fraction) = parts.Length switch
        {
            1 => ReadWithoutDecimalMark(digits, groupMark),
            2 when parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit) => (Ungrouped(parts[0], groupMark, allowEmpty: true), parts[1]),
            _ => (null, null),
        };
        if (whole is null)
        {
            return null;
        }

        var invariant = (negative ? "-" : string.Empty) + whole + (string.IsNullOrEmpty(fraction) ? string.Empty : "." + fraction);
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>"1.500" (groups) or "0.75" (the other decimal mark, when it cannot be a group separator) in Vietnamese.</summary>
    private static (string? Whole, string? Fraction) ReadWithoutDecimalMark(string digits, char groupMark)
    {
        if (Ungrouped(digits, groupMark, allowEmpty: false) is { } whole)
        {
            return (whole, null);
        }

        var parts = digits.Split(groupMark);
        return parts.Length == 2 && parts[1].Length > 0 ? (parts[0].Length == 0 ? "0" : parts[0], parts[1]) : (null, null);
    }

    /// <summary>The digits of a whole part with its group separators removed; null when the groups are not of three.</summary>
    private static string? Ungrouped(string whole, char groupMark, bool allowEmpty)
    {
        if (whole.Length == 0)
        {
            return allowEmpty ? "0" : null;
        }

        var groups = whole.Split(groupMark);
        if (groups.Length == 1)
        {
            return whole;
        }

        var first = groups[0];
        var grouped = first.Length is >= 1 and <= 3 && first[0] != '0' && groups.Skip(1).All(g => g.Length == 3);
        return grouped ? string.Concat(groups) : null;
    }

    /// <summary>Vietnamese and English use one character each; a culture with a longer mark would need more than this.</summary>
    private static char Single(string mark) => mark.Length == 1 ? mark[0] : throw new NotSupportedException($"Number separator '{mark}' is not one character.");
}
