namespace ParIndex.Application.Periods;

/// <summary>The Vietnamese messages of the period settings use cases.</summary>
internal static class PeriodMessages
{
    public const string YearRange = "Năm đánh giá phải từ 2000 đến 2100.";
    public const string YearTaken = "Năm này đã có kỳ đánh giá.";
    public const string NameRequired = "Vui lòng nhập tên kỳ đánh giá.";
    public const string NameTooLong = "Tên dài tối đa {MaxLength} ký tự.";
    public const string DeadlineBeforeOpening = "Hạn tự đánh giá phải sau ngày mở.";
    public const string BandsCount = "Cần đủ 5 mức xếp loại: xuất sắc, tốt, khá, trung bình, yếu.";
    public const string BandRange = "Ngưỡng điểm phải từ 0 đến 100.";
    public const string BandOrder = "Ngưỡng của mức cao hơn phải lớn hơn ngưỡng của mức thấp hơn.";
    public const string WeakFromZero = "Mức yếu phải bắt đầu từ 0 để mọi đơn vị đều được xếp loại.";
    public const string BandsFrozen = "Kỳ đánh giá đã được phê duyệt hoặc công bố: không thay đổi được ngưỡng xếp loại.";
    public const string FrameworksFrozen = "Chỉ đổi bộ chỉ số khi kỳ đánh giá còn là bản nháp (chưa mở tự đánh giá).";
    public const string FrameworkKindMismatch = "Bộ chỉ số này dành cho loại khối khác.";
    public const string FrameworkHasErrors = "Bộ chỉ số còn lỗi cấu trúc, cần sửa trước khi áp dụng.";
}
