namespace ParIndex.Application.Appraisal;

internal static class AcceptRemainingMessages
{
    public const string AcceptRemainingOnlyInRounds =
        "Chỉ chấp nhận điểm tự đánh giá cho các tiêu chí còn lại khi kỳ đánh giá đang ở bước thẩm định lần 1 hoặc lần 2.";

    public const string NotAssignedToAccept = "Bạn không được phân công thẩm định đơn vị nào trong phạm vi đã chọn.";

    /// <summary>The appraisal note where the unit gave itself no score: the points are what its figures give.</summary>
    public const string AcceptedWithoutSelfScore = "Đơn vị không tự chấm tiêu chí này; chấp nhận theo số liệu đơn vị đã nhập (chấp nhận điểm tự đánh giá cho các tiêu chí còn lại).";
}
