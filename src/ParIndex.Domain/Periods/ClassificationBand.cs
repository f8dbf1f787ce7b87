using ParIndex.Domain.Common;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Periods;

/// <summary>
/// The lowest index (inclusive, compared after rounding to 2 decimals) that earns a classification in a period.
/// Stored per period so old periods keep the bands they were published with.
/// </summary>
public sealed class ClassificationBand : Entity
{
    private ClassificationBand()
    {
    }

    internal ClassificationBand(Guid periodId, Guid? blockId, Classification classification, decimal lowerBound, decimal? minDomainPercent = null)
    {
        MinDomainPercent = minDomainPercent is null or (>= 0m and <= 100m)
            ? minDomainPercent
            : throw new DomainException("bands.condition", "A domain percentage is between 0 and 100.");
        PeriodId = periodId;
        BlockId = blockId;
        Classification = classification;
        LowerBound = lowerBound;
    }

    public Guid PeriodId { get; private set; }

    /// <summary>Null: the period's default for every block.</summary>
    public Guid? BlockId { get; private set; }

    public Classification Classification { get; private set; }

    public decimal LowerBound { get; private set; }

    /// <summary>Optional condition: every domain of the unit must reach this percentage for the class.</summary>
    public decimal? MinDomainPercent { get; private set; }
}
