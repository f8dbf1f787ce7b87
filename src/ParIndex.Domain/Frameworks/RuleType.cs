namespace ParIndex.Domain.Frameworks;

/// <summary>How a leaf turns what the unit reports into points (methodology research, section 3).</summary>
public enum RuleType
{
    YesNo = 1,
    Timeliness = 2,
    Level = 3,
    PercentTiers = 4,
    Proportional = 5,
    CountTiers = 6,
    Formula = 7,
    Survey = 8,
    External = 9,
    Bonus = 10,
    Deduction = 11,
}
