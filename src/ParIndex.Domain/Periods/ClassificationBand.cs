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

    internal ClassificationBand(Guid periodId, Guid? blockId, Classification classification, decimal lowerBound)
    {
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
}
