using ParIndex.Application.Common;

namespace ParIndex.Application.Appraisal;

internal static class AcceptRemainingMessages
{
    private static readonly MessageText Text = new(typeof(AcceptRemainingMessages));

    public static string AcceptRemainingOnlyInRounds => Text.Get();

    public static string NotAssignedToAccept => Text.Get();

    /// <summary>
    /// The appraisal note where the unit gave itself no score: the points are what its figures give. Stored with the
    /// score, so it stays in the record's language (Vietnamese), not the reader's.
    /// </summary>
    public const string AcceptedWithoutSelfScore = "Đơn vị không tự chấm tiêu chí này; chấp nhận theo số liệu đơn vị đã nhập (chấp nhận điểm tự đánh giá cho các tiêu chí còn lại).";
}
