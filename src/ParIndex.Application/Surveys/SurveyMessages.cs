using System.Globalization;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Surveys;

/// <summary>What a respondent or Home Affairs reads when the survey refuses something, by the domain's stable code.</summary>
public static class SurveyMessages
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["invitation.unknown"] = "Mã phiếu không đúng. Hãy kiểm tra lại mã in trên giấy mời (10 ký tự, ví dụ ABCDE-FGHJK).",
        ["invitation.submitted"] = "Phiếu của mã này đã được gửi. Mỗi mã chỉ gửi được một lần; câu trả lời đã gửi được giữ nguyên.",
        ["invitation.revoked"] = "Mã phiếu này đã bị thu hồi. Hãy liên hệ Sở Nội vụ để nhận mã khác.",
        ["invitation.cell"] = "Câu trả lời không thuộc phiếu của bạn.",
        ["invitation.option"] = "Phương án trả lời không hợp lệ.",
        ["invitation.incomplete"] = "Phiếu chưa trả lời đủ các câu hỏi.",
        ["survey.notOpen"] = "Cuộc khảo sát chưa mở.",
        ["survey.notYetOpen"] = "Cuộc khảo sát chưa đến ngày nhận phiếu.",
        ["survey.closed"] = "Cuộc khảo sát đã kết thúc: không nhận thêm phiếu.",
        ["survey.designFixed"] = "Cuộc khảo sát đã mở: không sửa được câu hỏi, nhóm hay phương án trả lời.",
        ["survey.incomplete"] = "Cần ít nhất một câu hỏi và một nhóm người trả lời trước khi mở khảo sát.",
        ["survey.dates"] = "Ngày kết thúc phải sau ngày bắt đầu và sau thời điểm hiện tại.",
        ["survey.notClosed"] = "Chỉ áp dụng kết quả sau khi đã đóng khảo sát.",
        ["survey.group"] = "Không có nhóm người trả lời này trong cuộc khảo sát.",
        ["survey.groupBlocks"] = "Chọn ít nhất một khối đơn vị mà nhóm đánh giá.",
        ["survey.options"] = "Phương án trả lời không hợp lệ: cần ít nhất hai phương án có trọng số (0–100 %), ký hiệu không trùng nhau.",
        ["survey.minimumAnswers"] = "Số phiếu tối thiểu cho mỗi đơn vị từ 1 đến 1000.",
        ["survey.notOpenToClose"] = "Chỉ đóng được khảo sát đang mở.",
        ["sipas.unknown"] = "Đường dẫn khảo sát không đúng. Hãy quét lại mã QR tại nơi tiếp nhận hồ sơ.",
        ["sipas.full"] = "Cảm ơn bạn! Đơn vị này đã nhận đủ số phiếu khảo sát cần thiết cho kỳ này, nên không nhận thêm phiếu.",
        ["sipas.alreadyAnswered"] = "Trình duyệt này đã gửi phiếu khảo sát cho đơn vị này. Mỗi người chỉ gửi một phiếu; cảm ơn bạn.",
        ["sipas.block"] = "Nhóm người trả lời này không đánh giá khối của đơn vị đã chọn.",
        ["sipas.duplicate"] = "Đơn vị này đã có đường dẫn SIPAS trong cuộc khảo sát.",
        ["sipas.population"] = "Số hồ sơ (N) là số nguyên từ 1 đến 10.000.000.",
        ["sipas.margin"] = "Sai số (e) từ 0,01 đến 0,2 (ví dụ 0,05 là 5 %).",
        ["sipas.quotaBelowReceived"] = "Cỡ mẫu mới nhỏ hơn số phiếu đã nhận.",
    };

    public static string For(string code) => ByCode.GetValueOrDefault(code) ?? "Thao tác không được phép.";

    public static string Incomplete(int missing) =>
        string.Format(CultureInfo.GetCultureInfo("vi-VN"), "Phiếu chưa trả lời đủ: còn {0} câu chưa chọn. Hãy chọn một phương án cho mỗi câu (có thể chọn \"Không đủ thông tin để đánh giá\").", missing);

    /// <summary>The domain's refusal again, with the Vietnamese explanation as its message (the API's problem detail).</summary>
    public static DomainException Translated(DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new DomainException(refusal.Code, For(refusal.Code));
    }

    public static DomainException Refusal(string code) => new(code, For(code));
}
