using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>What people read when an improvement plan refuses an input, in Vietnamese.</summary>
internal static class ImprovementMessages
{
    public const string TitleRequired = "Cần nhập tên nhiệm vụ.";
    public const string OwnerRequired = "Cần ghi người hoặc bộ phận chịu trách nhiệm.";
    public const string DueDatePast = "Hạn hoàn thành không được trước ngày hôm nay.";
    public const string NoteRequired = "Cần nhập nội dung cập nhật tiến độ.";
    public const string NotALostPoint = "Tiêu chí này không bị mất điểm trong kỳ đã chọn.";
    public const string NotDecided = "Chỉ lập lộ trình khắc phục cho kỳ đánh giá đã được phê duyệt hoặc công bố kết quả.";
    public const string StatusComputed = "Trạng thái quá hạn được tính theo hạn hoàn thành, không chọn trực tiếp.";
    public const string UnknownCriterion = "Tiêu chí không thuộc danh sách điểm bị mất của đơn vị.";

    public static readonly string TitleTooLong = $"Tên nhiệm vụ tối đa {ImprovementTask.MaxTitleLength} ký tự.";
    public static readonly string ActionTooLong = $"Nội dung thực hiện tối đa {ImprovementTask.MaxActionLength} ký tự.";
    public static readonly string OwnerTooLong = $"Người/bộ phận chịu trách nhiệm tối đa {ImprovementTask.MaxOwnerLength} ký tự.";
    public static readonly string NoteTooLong = $"Nội dung cập nhật tối đa {ImprovementNote.MaxTextLength} ký tự.";

    public static string Transition(ImprovementStatus from, ImprovementStatus to) =>
        $"Không thể chuyển nhiệm vụ từ \"{Word(from)}\" sang \"{Word(to)}\".";

    public static string Word(ImprovementStatus status) => status switch
    {
        ImprovementStatus.NotStarted => "Chưa bắt đầu",
        ImprovementStatus.InProgress => "Đang thực hiện",
        ImprovementStatus.Done => "Hoàn thành",
        _ => "Quá hạn",
    };
}
