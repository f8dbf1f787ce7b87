using System.Globalization;

namespace ParIndex.Application.Appraisal;

internal static class AppraisalMessages
{
    public const string ReasonRequired = "Cần ghi lý do khi trừ điểm so với điểm tự chấm.";

    public const string NoSelfScore = "Đơn vị chưa tự chấm tiêu chí này: hãy nhập điểm thẩm định.";

    public static string OutOfRange(decimal limit) =>
        $"Điểm thẩm định từ 0 đến {limit.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))}.";
}
