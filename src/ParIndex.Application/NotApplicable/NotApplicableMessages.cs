using FluentValidation;
using FluentValidation.Results;

namespace ParIndex.Application.NotApplicable;

internal static class NotApplicableMessages
{
    public const string UnitsRequired = "Vui lòng chọn ít nhất một đơn vị.";
    public const string CriteriaRequired = "Vui lòng chọn ít nhất một tiêu chí.";
    public const string ReasonRequired = "Vui lòng ghi lý do không đánh giá.";
    public const string ReasonTooLong = "Lý do dài tối đa {MaxLength} ký tự.";
    public const string TooMany = "Mỗi lần chọn tối đa {MaxLength} mục.";
    public const string PeriodClosed =
        "Chỉ quyết định \"không đánh giá\" (hoặc hủy quyết định) khi kỳ đánh giá đã mở tự đánh giá và Hội đồng chưa phê duyệt kết quả.";
    public const string NotInScope = "Bạn chỉ quyết định \"không đánh giá\" cho tiêu chí của đơn vị được phân công thẩm định.";

    public static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);

    public static string NoAssessment(string unit) => $"{unit}: chưa có bản đánh giá trong kỳ này.";

    public static string UnknownCriterion(string code, string unit) =>
        $"Tiêu chí {code} không có trong bộ chỉ số áp dụng cho {unit} (hoặc là điểm thưởng, điểm trừ).";
}
