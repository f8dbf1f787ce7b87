using System.Globalization;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Scoring;

public sealed class ScoreRoundingTests
{
    [Theory]
    [InlineData("96.845", "96.85")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("89.985", "89.99")]
    [InlineData("89.995", "90.00")]
    [InlineData("96.844", "96.84")]
    [InlineData("96.8449999", "96.84")]
    [InlineData("100", "100")]
    [InlineData("0.005", "0.01")]
    public void ToPublished_Midpoint_RoundsHalfUpToTwoDecimals(string value, string expected)
    {
        var published = ScoreRounding.ToPublished(decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), published);
    }

    [Theory]
    [InlineData("-96.845", "-96.85")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("-0.004", "0")]
    public void ToPublished_Negative_RoundsAwayFromZeroSymmetrically(string value, string expected)
    {
        var published = ScoreRounding.ToPublished(decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), published);
    }

    [Fact]
    public void ToPublished_ThirdOfAHundred_KeepsExactDecimalsNotBinaryApproximations()
    {
        var index = 100m * 29.5m / 88.5m;

        Assert.Equal(33.33m, ScoreRounding.ToPublished(index));
        Assert.Equal("33,33", ScoreRounding.ToPublished(index).ToString("0.00", CultureInfo.GetCultureInfo("vi-VN")));
    }
}
