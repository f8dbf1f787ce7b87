using ParIndex.Domain.Common;

namespace ParIndex.Domain.Scoring;

/// <summary>Classifies an index against a set of lower bounds (lower bound inclusive, on the rounded index).</summary>
public static class ClassificationBands
{
    /// <summary>Default bands: xuất sắc ≥ 90, tốt 80–&lt;90, khá 70–&lt;80, trung bình 50–&lt;70, yếu &lt; 50.</summary>
    public static IReadOnlyList<(Classification Classification, decimal LowerBound)> Default { get; } =
    [
        (Classification.Excellent, 90m),
        (Classification.Good, 80m),
        (Classification.Fair, 70m),
        (Classification.Average, 50m),
        (Classification.Weak, 0m),
    ];

    public static void Validate(IReadOnlyCollection<(Classification Classification, decimal LowerBound)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0)
        {
            throw new DomainException("bands.empty", "At least one band is required.");
        }

        if (bands.Select(b => b.Classification).Distinct().Count() != bands.Count)
        {
            throw new DomainException("bands.duplicate", "Each classification may appear once.");
        }

        var ordered = bands.OrderBy(b => b.Classification).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].LowerBound >= ordered[i - 1].LowerBound)
            {
                throw new DomainException("bands.order", "A better classification needs a higher lower bound.");
            }
        }

        if (ordered[^1].LowerBound > 0m)
        {
            throw new DomainException("bands.gap", "The lowest band must start at 0 so every index is classified.");
        }
    }

    public static Classification Classify(decimal index, IEnumerable<(Classification Classification, decimal LowerBound)> bands)
    {
        var rounded = ScoreRounding.ToPublished(index);
        foreach (var band in bands.OrderByDescending(b => b.LowerBound))
        {
            if (rounded >= band.LowerBound)
            {
                return band.Classification;
            }
        }

        throw new DomainException("bands.gap", "No band covers this index.") { MessageKey = "bands.uncovered" };
    }

    /// <summary>
    /// Classifies with the bands' extra conditions: a band with a minimum domain percentage (e.g. "xuất sắc needs
    /// every domain at 80% or more") is skipped when a domain falls below it, and the next band is tried.
    /// </summary>
    public static Classification Classify(decimal index, IEnumerable<(Classification Classification, decimal LowerBound, decimal? MinDomainPercent)> bands,
        IEnumerable<decimal> domainPercents)
    {
        var rounded = ScoreRounding.ToPublished(index);
        var weakest = domainPercents.Select(ScoreRounding.ToPublished).DefaultIfEmpty(100m).Min();
        foreach (var band in bands.OrderByDescending(b => b.LowerBound))
        {
            if (rounded >= band.LowerBound && (band.MinDomainPercent is not { } minimum || weakest >= minimum))
            {
                return band.Classification;
            }
        }

        throw new DomainException("bands.gap", "No band covers this index.") { MessageKey = "bands.uncovered" };
    }
}
