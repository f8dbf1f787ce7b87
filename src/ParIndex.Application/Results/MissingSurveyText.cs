using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.Results;

/// <summary>The words a scorecard shows for a survey criterion without a result, and the line a waiver prints.</summary>
public static class MissingSurveyText
{
    /// <summary>"Chưa có kết quả khảo sát.", worded by <see cref="Common.RuleWording"/>.</summary>
    public static RuleText NotEvaluated { get; } = new("outcome.noSurveyResult");

    /// <summary>"Chưa có kết quả khảo sát: tính 0 điểm theo bộ chỉ số."</summary>
    public static RuleText CountsAsZero { get; } = new("outcome.noSurveyResultZero");

    /// <summary>"Chưa có số liệu.": nothing was entered or imported for the leaf.</summary>
    public static RuleText NoData { get; } = new("outcome.noData");

    /// <summary>
    /// "Miễn số liệu khảo sát: …", with the criterion's code when the waiver names one. Kept in Vietnamese whatever the
    /// reader's language: the line is printed as written in the ranking annex and the scorecards (official documents,
    /// Decree 30/2020/NĐ-CP), which read it through the scorecard and the waiver list, and its reason is the officer's
    /// own Vietnamese text, shown as entered.
    /// </summary>
    public static string WaiverLine(string? criterionCode, string reason) =>
        criterionCode is null ? $"Miễn số liệu khảo sát: {reason}" : $"Miễn số liệu khảo sát (tiêu chí {criterionCode}): {reason}";
}
