namespace ParIndex.Application.Workflow;

internal static class WorkflowMessages
{
    public const string ReasonRequired = "Mở lại một bước đã đóng cần ghi rõ lý do.";
    public const string ExplanationDeadline = "Cần hạn gửi giải trình sau thời điểm hiện tại.";
    public const string ApprovalIsTheCouncils = "Việc phê duyệt kết quả do Hội đồng thẩm định ghi nhận, kèm biên bản và quyết định.";
    public const string PublishedIsFinal = "Kết quả đã công bố chỉ được đính chính bằng một phiên bản công bố mới.";
    public const string PublishingIsItsOwnStep = "Công bố kết quả bằng chức năng Công bố, kèm số quyết định, ngày và người ký.";
    public const string NotNextStep = "Không thể chuyển kỳ đánh giá sang bước này từ bước hiện tại.";
    public const string NoFramework = "Chưa gán bộ chỉ số cho khối nào: chưa thể mở tự đánh giá.";
    public const string NotASurveyCriterion = "Tiêu chí được chọn không phải tiêu chí khảo sát của bộ chỉ số kỳ này.";
    public const string WaiverExists = "Đã có miễn số liệu khảo sát cho phạm vi này; thu hồi miễn cũ trước khi ghi lại.";
    public const string NotInCouncilReview = "Chỉ phê duyệt khi kỳ đánh giá đang ở bước Hội đồng xem xét.";

    public static string BlocksWithoutFramework(IReadOnlyList<string> blocks) =>
        $"Khối chưa được gán bộ chỉ số: {string.Join("; ", blocks)}. Gán bộ chỉ số cho khối (hoặc chuyển đơn vị sang khối khác) rồi mới mở tự đánh giá.";

    public static string SelfAssessmentStillOpen(DateTime endsUtc) =>
        $"Chưa hết hạn tự đánh giá (hạn cuối, kể cả gia hạn: {Common.VietnamTime.Format(endsUtc)}).";

    /// <summary>Closing early is allowed only once every unit still counted has submitted; the others are named.</summary>
    public static string SelfAssessmentStillOpen(DateTime endsUtc, IReadOnlyList<string> notSubmitted) =>
        SelfAssessmentStillOpen(endsUtc) + $" Chỉ đóng sớm được khi mọi đơn vị đã gửi; còn {notSubmitted.Count} đơn vị chưa gửi: "
        + string.Join(", ", notSubmitted.Take(10)) + (notSubmitted.Count > 10 ? "…" : ".");
}
