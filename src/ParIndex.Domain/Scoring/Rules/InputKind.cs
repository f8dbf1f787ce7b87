namespace ParIndex.Domain.Scoring.Rules;

public enum InputKind
{
    /// <summary>Có / không.</summary>
    YesNo = 1,

    /// <summary>A number of zero or more.</summary>
    Number = 2,

    /// <summary>A whole number of zero or more.</summary>
    Count = 3,

    /// <summary>A rate: numerator and denominator ("numerator", "denominator"), or a percentage ("rate") within 0..100.</summary>
    Rate = 4,

    /// <summary>One of <see cref="InputField.Options"/>.</summary>
    Choice = 5,

    /// <summary>Points claimed, within 0..the framework's cap.</summary>
    Points = 6,
}
