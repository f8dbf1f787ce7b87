namespace ParIndex.Application.Publication;

internal static class PublicationMessages
{
    public const string NotApproved = "Chỉ công bố khi Hội đồng thẩm định đã phê duyệt kết quả.";
    public const string CorrectionNeedsReason = "Kết quả đã công bố: công bố phiên bản đính chính cần ghi rõ lý do.";
}
