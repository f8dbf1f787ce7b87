namespace ParIndex.Domain.Frameworks;

/// <summary>
/// What a survey criterion counts as for a unit with no survey result. The default refuses to decide: the council
/// cannot approve until the results are imported or Home Affairs records a waiver with its reason.
/// </summary>
public enum MissingSurveyRule
{
    /// <summary>Bắt buộc: approval is refused until the data is imported or waived (the waived leaf is then not evaluated).</summary>
    Required = 0,

    /// <summary>Không đánh giá: the leaf leaves both the achieved points and the maximum, as the framework says.</summary>
    NotEvaluated = 1,

    /// <summary>Tính 0 điểm: the leaf stays in the maximum with no points.</summary>
    Zero = 2,
}
