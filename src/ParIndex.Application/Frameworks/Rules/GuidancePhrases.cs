using System.Globalization;

namespace ParIndex.Application.Frameworks.Rules;

/// <summary>
/// The words of a rule's guidance in one language (Lead opens a tier list: "Đạt từ 90% trở lên"). Composed by <see cref="RuleGuidance"/>; numbers are
/// formatted in the language's culture (0,5 điểm; 0.5 points).
/// </summary>
internal sealed record GuidancePhrases(
    CultureInfo Culture,
    Func<string, string> PointsOf,
    string Yes,
    string No,
    string OnTime,
    string Late,
    string NotDone,
    Func<string, string> AtLeast,
    Func<string, string> Exactly,
    Func<string, string, string> Between,
    Func<string, string> Below,
    string Proportional,
    Func<string, string> BelowFloor,
    Func<string, string, string, string> Formula,
    Func<string, string, string> VariableIs,
    Func<string, string> MaximumIs,
    Func<string, string> Survey,
    Func<string, string> SurveyWeights,
    Func<string, string> SurveySource,
    string Bonus,
    string Deduction,
    Func<string, string> NothingFull,
    string NothingExcluded,
    string NothingZero,
    string Lead)
{
    public static readonly GuidancePhrases Vietnamese = new(
        CultureInfo.GetCultureInfo("vi-VN"),
        p => $"{p} điểm",
        "Có thực hiện",
        "không thực hiện",
        "Đúng thời hạn",
        "trễ hạn",
        "không thực hiện",
        v => $"từ {v} trở lên",
        v => v,
        (low, high) => $"từ {low} đến dưới {high}",
        v => $"dưới {v}",
        "Điểm bằng tỷ lệ đạt được nhân với điểm tối đa",
        v => $"dưới {v}: 0 điểm",
        (expression, where, max) => $"Điểm tính theo công thức {expression}, trong đó {where}; kết quả nằm trong khoảng từ 0 đến {max}",
        (name, label) => $"{name} là {label}",
        max => $"điểm tối đa ({max})",
        max => $"Điểm bằng kết quả khảo sát (%) nhân với điểm tối đa ({max})",
        weights => $"Trọng số các phương án trả lời: {weights}",
        source => $"Nguồn số liệu: {source}",
        "Điểm thưởng do cơ quan thẩm định xét, có nêu lý do; tổng điểm thưởng không vượt mức trần của bộ chỉ số.",
        "Điểm trừ do cơ quan thẩm định xét, có nêu lý do; tổng điểm trừ không vượt mức trần của bộ chỉ số.",
        max => $"Không phát sinh trường hợp nào trong năm: đạt tối đa {max}.",
        "Không phát sinh trường hợp nào trong năm: không đánh giá tiêu chí này.",
        "Không phát sinh trường hợp nào trong năm: 0 điểm.",
        "Đạt ");

    public static readonly GuidancePhrases English = new(
        CultureInfo.GetCultureInfo("en-US"),
        p => p == "1" ? "1 point" : $"{p} points",
        "Done",
        "not done",
        "On time",
        "late",
        "not done",
        v => $"{v} or more",
        v => v,
        (low, high) => $"from {low} to under {high}",
        v => $"under {v}",
        "Points are the rate achieved times the maximum",
        v => $"under {v}: 0 points",
        (expression, where, max) => $"Points follow the formula {expression}, where {where}; the result stays between 0 and {max}",
        (name, label) => $"{name} is {label}",
        max => $"the maximum ({max})",
        max => $"Points are the survey result (%) times the maximum ({max})",
        weights => $"Weights of the answer options: {weights}",
        source => $"Source: {source}",
        "Bonus points decided by the appraisers with a reason; the framework caps the total bonus.",
        "Deduction points decided by the appraisers with a reason; the framework caps the total deduction.",
        max => $"When there is nothing to count in the year: the maximum, {max}.",
        "When there is nothing to count in the year: the criterion is not evaluated.",
        "When there is nothing to count in the year: 0 points.",
        string.Empty);

    /// <summary>English for an English UI culture, Vietnamese otherwise (the portal's first language).</summary>
    public static GuidancePhrases For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Vietnamese;

    public string Number(decimal value) => value.ToString("0.##", Culture);

    public string Points(decimal value) => PointsOf(Number(value));

    public string Percent(decimal value) => Number(value) + "%";
}
