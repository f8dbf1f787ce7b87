using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ParIndex.Web.Localization;

/// <summary>
/// The sentence beside a number field that refused what was typed, naming the limit in the person's culture
/// ("Nhập số từ 0 đến 1,5."). Its texts are in <c>Resources/Localization/NumberMessages(.en).resx</c>.
/// </summary>
public sealed class NumberMessages(IStringLocalizer<NumberMessages> text)
{
    public string Required => text["Required"].Value;

    public string? For(NumberReading reading, NumberLimits limits, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return reading.Problem switch
        {
            NumberProblem.None => null,
            NumberProblem.NotANumber => text["NotANumber", NumberText.Format(0.75m, culture)].Value,
            NumberProblem.TooManyDecimals when limits.Decimals == 0 => text["WholeNumber"].Value,
            NumberProblem.TooManyDecimals => text["TooManyDecimals", limits.Decimals ?? 0].Value,
            _ => (limits.Min, limits.Max) switch
            {
                ({ } min, { } max) => text["Between", NumberText.Format(min, culture), NumberText.Format(max, culture)].Value,
                ({ } min, null) => text["AtLeast", NumberText.Format(min, culture)].Value,
                (null, { } max) => text["AtMost", NumberText.Format(max, culture)].Value,
                _ => text["NotANumber", NumberText.Format(0.75m, culture)].Value,
            },
        };
    }
}
