using ParIndex.Domain.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

/// <summary>n = N / (1 + N·e²), rounded up (SIPAS, methodology §2.5), against values worked by hand.</summary>
public sealed class SampleSizeTests
{
    [Theory]
    [InlineData(1000, "0.05", 286)] // 1000 / (1 + 1000 × 0,0025) = 1000 / 3,5 = 285,71… → 286
    [InlineData(100, "0.05", 80)] // 100 / 1,25 = 80 exactly: no rounding up
    [InlineData(5000, "0.05", 371)] // 5000 / 13,5 = 370,37… → 371
    [InlineData(200, "0.1", 67)] // 200 / (1 + 200 × 0,01) = 200 / 3 = 66,67 → 67
    [InlineData(10000, "0.03", 1000)] // 10000 / (1 + 10000 × 0,0009) = 10000 / 10 = 1000
    [InlineData(1, "0.05", 1)] // 1 / 1,0025 = 0,9975 → 1: a single dossier is asked
    [InlineData(10_000_000, "0.05", 400)] // tends to 1 / e² = 400: 399,98… → 400
    public void For_GivesTheHandWorkedSample(int population, string margin, int expected) =>
        Assert.Equal(expected, SampleSize.For(population, decimal.Parse(margin, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, "0.05", "sipas.population")]
    [InlineData(100, "0.005", "sipas.margin")]
    [InlineData(100, "0.5", "sipas.margin")]
    public void OutOfRange_IsRefused(int population, string margin, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => SampleSize.For(population, decimal.Parse(margin, System.Globalization.CultureInfo.InvariantCulture))).Code);
}
