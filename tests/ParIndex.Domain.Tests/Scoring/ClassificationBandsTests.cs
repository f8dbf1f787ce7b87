using System.Globalization;
using ParIndex.Domain.Common;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Scoring;

public sealed class ClassificationBandsTests
{
    [Theory]
    [InlineData("100", Classification.Excellent)]
    [InlineData("90", Classification.Excellent)]
    [InlineData("89.995", Classification.Excellent)]
    [InlineData("89.994", Classification.Good)]
    [InlineData("80", Classification.Good)]
    [InlineData("79.999", Classification.Good)]
    [InlineData("79.99", Classification.Fair)]
    [InlineData("70", Classification.Fair)]
    [InlineData("69.99", Classification.Average)]
    [InlineData("50", Classification.Average)]
    [InlineData("49.994", Classification.Weak)]
    [InlineData("0", Classification.Weak)]
    public void Classify_DefaultBands_UsesInclusiveLowerBoundOnRoundedIndex(string index, Classification expected)
    {
        var classification = ClassificationBands.Classify(decimal.Parse(index, CultureInfo.InvariantCulture), ClassificationBands.Default);

        Assert.Equal(expected, classification);
    }

    [Fact]
    public void Default_Bands_Are90_80_70_50_0()
    {
        Assert.Equal(
            [(Classification.Excellent, 90m), (Classification.Good, 80m), (Classification.Fair, 70m), (Classification.Average, 50m), (Classification.Weak, 0m)],
            ClassificationBands.Default);
    }

    [Fact]
    public void Validate_DefaultBands_IsAccepted()
    {
        var error = Record.Exception(() => ClassificationBands.Validate([.. ClassificationBands.Default]));

        Assert.Null(error);
    }

    [Fact]
    public void Classify_NegativeIndex_IsRefusedAsNotCovered()
    {
        var error = Assert.Throws<DomainException>(() => ClassificationBands.Classify(-0.01m, ClassificationBands.Default));

        Assert.Equal("bands.gap", error.Code);
    }

    [Fact]
    public void Validate_OverlappingBands_IsRefusedWithOrderCode()
    {
        var error = Assert.Throws<DomainException>(() => ClassificationBands.Validate(
            [(Classification.Excellent, 80m), (Classification.Good, 85m), (Classification.Weak, 0m)]));

        Assert.Equal("bands.order", error.Code);
    }

    [Fact]
    public void Validate_TwoClassesWithTheSameLowerBound_IsRefusedWithOrderCode()
    {
        var error = Assert.Throws<DomainException>(() => ClassificationBands.Validate(
            [(Classification.Excellent, 90m), (Classification.Good, 90m), (Classification.Weak, 0m)]));

        Assert.Equal("bands.order", error.Code);
    }

    [Fact]
    public void Validate_LowestBandAboveZero_IsRefusedWithGapCode()
    {
        var error = Assert.Throws<DomainException>(() => ClassificationBands.Validate(
            [(Classification.Excellent, 90m), (Classification.Good, 80m), (Classification.Weak, 10m)]));

        Assert.Equal("bands.gap", error.Code);
    }

    [Fact]
    public void Validate_ClassificationTwice_IsRefusedWithDuplicateCode()
    {
        var error = Assert.Throws<DomainException>(() => ClassificationBands.Validate(
            [(Classification.Excellent, 90m), (Classification.Excellent, 80m), (Classification.Weak, 0m)]));

        Assert.Equal("bands.duplicate", error.Code);
    }

    [Fact]
    public void Validate_NoBands_IsRefusedWithEmptyCode()
    {
        var error = Assert.Throws<DomainException>(() => ClassificationBands.Validate([]));

        Assert.Equal("bands.empty", error.Code);
    }

    [Fact]
    public void Classify_ProvinceOwnBands_AppliesThemInsteadOfDefaults()
    {
        (Classification, decimal)[] strict = [(Classification.Excellent, 95m), (Classification.Good, 85m), (Classification.Weak, 0m)];
        ClassificationBands.Validate(strict);

        Assert.Equal(Classification.Good, ClassificationBands.Classify(94.99m, strict));
        Assert.Equal(Classification.Weak, ClassificationBands.Classify(84.994m, strict));
    }
}
