namespace ParIndex.Application.Results;

/// <summary>The words a scorecard shows for a survey criterion without a result, and the line a waiver prints.</summary>
public static class MissingSurveyText
{
    public const string NotEvaluated = "Chưa có kết quả khảo sát.";

    public const string CountsAsZero = "Chưa có kết quả khảo sát: tính 0 điểm theo bộ chỉ số.";

    /// <summary>"Miễn số liệu khảo sát: …", with the criterion's code when the waiver names one.</summary>
    public static string WaiverLine(string? criterionCode, string reason) =>
        criterionCode is null ? $"Miễn số liệu khảo sát: {reason}" : $"Miễn số liệu khảo sát (tiêu chí {criterionCode}): {reason}";
}
