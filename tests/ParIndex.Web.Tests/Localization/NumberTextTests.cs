using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Tests.Localization;

/// <summary>Numbers as people type them: the reading every numeric input of the portal goes through.</summary>
public sealed class NumberTextTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo(Cultures.Vietnamese);
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo(Cultures.English);

    [Theory]
    [InlineData("0,75", "0.75")]
    [InlineData("1,25", "1.25")]
    [InlineData("0,5", "0.5")]
    [InlineData(" 5 ", "5")]
    [InlineData("2,3025", "2.3025")]
    [InlineData("1.500", "1500")]
    [InlineData("12.345,5", "12345.5")]
    [InlineData(",5", "0.5")]
    [InlineData("0.75", "0.75")]
    [InlineData("96.84", "96.84")]
    [InlineData("-1,5", "-1.5")]
    public void Read_Vietnamese_IsTheNumberMeant(string typed, string expected)
    {
        var reading = NumberText.Read(typed, Vi);

        Assert.Equal(NumberProblem.None, reading.Problem);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("0.75", "0.75")]
    [InlineData("1.25", "1.25")]
    [InlineData("1,500", "1500")]
    [InlineData("12,345.5", "12345.5")]
    [InlineData("0,75", "0.75")]
    public void Read_English_IsTheNumberMeant(string typed, string expected)
    {
        var reading = NumberText.Read(typed, En);

        Assert.Equal(NumberProblem.None, reading.Problem);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("1.2.3")]
    [InlineData("1.23,5")]
    [InlineData("5,")]
    [InlineData("1 500")]
    [InlineData("+3")]
    [InlineData("0,75đ")]
    [InlineData("-")]
    [InlineData("99999999999999999999999999999999,5")]
    public void Read_Unreadable_IsRefusedNotGuessed(string typed)
    {
        var reading = NumberText.Read(typed, Vi);

        Assert.Equal(NumberProblem.NotANumber, reading.Problem);
        Assert.Null(reading.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Read_Empty_IsNoNumberAndNoProblem(string? typed)
    {
        var reading = NumberText.Read(typed, Vi, new NumberLimits(0m, 1m));

        Assert.True(reading.IsValid);
        Assert.Null(reading.Value);
    }

    [Theory]
    [InlineData("5", NumberProblem.OutOfRange)]
    [InlineData("1,51", NumberProblem.OutOfRange)]
    [InlineData("-0,25", NumberProblem.OutOfRange)]
    [InlineData("1,5", NumberProblem.None)]
    [InlineData("0", NumberProblem.None)]
    [InlineData("0,755", NumberProblem.TooManyDecimals)]
    [InlineData("0,750", NumberProblem.None)]
    public void Read_AgainstLimits_RefusesRatherThanClamps(string typed, NumberProblem expected)
    {
        var reading = NumberText.Read(typed, Vi, new NumberLimits(0m, 1.5m, 2));

        Assert.Equal(expected, reading.Problem);
        // The number read is kept as typed: a refusal never turns into the nearest allowed value.
        Assert.Equal(NumberText.Read(typed, Vi).Value, reading.Value);
    }

    [Fact]
    public void Read_WholeNumberLimit_RefusesDecimals()
    {
        Assert.Equal(NumberProblem.TooManyDecimals, NumberText.Read("7,5", Vi, NumberLimits.WholeFrom(0m, 30m)).Problem);
        Assert.Equal(15m, NumberText.Read("15", Vi, NumberLimits.WholeFrom(0m, 30m)).Value);
    }

    [Theory]
    [InlineData("0.75", "0,75", "0.75")]
    [InlineData("1500", "1500", "1500")]
    [InlineData("2.3025", "2,3025", "2.3025")]
    [InlineData("14.50", "14,5", "14.5")]
    public void Format_ShowsTheCulturesWay_AndReadsBack(string invariant, string vi, string en)
    {
        var value = decimal.Parse(invariant, CultureInfo.InvariantCulture);

        Assert.Equal(vi, NumberText.Format(value, Vi));
        Assert.Equal(en, NumberText.Format(value, En));
        Assert.Equal(value, NumberText.Read(NumberText.Format(value, Vi), Vi).Value);
        Assert.Equal(value, NumberText.Read(NumberText.Format(value, En), En).Value);
    }

    [Fact]
    public void Invariant_RoundTrip_ForTextUseCases()
    {
        Assert.Equal("0.75", NumberText.ToInvariant("0,75", Vi));
        Assert.Equal("1500", NumberText.ToInvariant("1.500", Vi));
        Assert.Null(NumberText.ToInvariant("1,2,3", Vi));
        Assert.Equal("12,5", NumberText.FromInvariant("12.5", Vi));
        Assert.Equal("12.5", NumberText.FromInvariant("12.5", En));
    }

    [Fact]
    public void AnswerNumbers_ShowTheCulturesWay_AndSendInvariantText_LeavingYesNoAlone()
    {
        InputField[] fields = [new("done", InputKind.YesNo, new RuleText("field.done")), new("rate", InputKind.Rate, new RuleText("field.rate"))];
        var stored = new Dictionary<string, string?> { ["done"] = "true", ["rate"] = "97.5", ["numerator"] = "1500" };

        var shown = AnswerNumbers.ToShown(fields, stored, Vi);
        shown["numerator"] = "1.950";
        shown["denominator"] = "2.000";
        var sent = AnswerNumbers.ToStored(fields, shown, Vi, out var unreadable);

        Assert.Equal(("true", "97,5"), (AnswerNumbers.ToShown(fields, stored, Vi)["done"], AnswerNumbers.ToShown(fields, stored, Vi)["rate"]));
        Assert.Equal(("true", "97.5", "1950", "2000"), (sent["done"], sent["rate"], sent["numerator"], sent["denominator"]));
        Assert.Empty(unreadable);

        AnswerNumbers.ToStored(fields, new Dictionary<string, string?> { ["rate"] = "9,7,5" }, Vi, out unreadable);
        Assert.Equal(["rate"], unreadable);
    }

    [Theory]
    [InlineData(Cultures.Vietnamese, "5", "Nhập số từ 0 đến 1,5.")]
    [InlineData(Cultures.English, "5", "Enter a number from 0 to 1.5.")]
    [InlineData(Cultures.Vietnamese, "abc", "Không đọc được số này. Phần thập phân dùng dấu phẩy, ví dụ 0,75.")]
    [InlineData(Cultures.English, "abc", "This is not a number. Use a point for decimals, for example 0.75.")]
    [InlineData(Cultures.Vietnamese, "0,755", "Nhập tối đa 2 chữ số thập phân.")]
    public void Messages_NameTheLimit_InThePersonsLanguage(string culture, string typed, string expected)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var limits = new NumberLimits(0m, 1.5m, 2);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = info;
        try
        {
            var messages = new NumberMessages(Localizer());

            Assert.Equal(expected, messages.For(NumberText.Read(typed, info, limits), limits, info));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IStringLocalizer<NumberMessages> Localizer() =>
        new StringLocalizer<NumberMessages>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
}
