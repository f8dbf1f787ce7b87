namespace ParIndex.Application.Publication;

internal static class PublicationMessages
{
    public const string NotApproved = "Chỉ công bố khi Hội đồng thẩm định đã phê duyệt kết quả.";
    public const string NoSigningKey = "Chưa công bố được: máy chủ chưa có khóa ký công bố (chứng thư số cấu hình ở Signing:CertificatePath, "
        + "xem docs/security.md). Kết quả công bố phải được ký để ai cũng kiểm tra được; hãy báo quản trị máy chủ cài khóa rồi công bố lại.";
    public const string CorrectionNeedsReason = "Kết quả đã công bố: công bố phiên bản đính chính cần ghi rõ lý do.";
}
