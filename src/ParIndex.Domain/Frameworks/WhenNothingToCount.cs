namespace ParIndex.Domain.Frameworks;

/// <summary>What a rate-based rule gives when its denominator is zero ("no cases occurred").</summary>
public enum WhenNothingToCount
{
    FullPoints = 1,
    Excluded = 2,
    Zero = 3,
}
