using FluentValidation;
using FluentValidation.Results;

namespace ParIndex.Application.Units;

/// <summary>The Vietnamese messages of the units and blocks use cases, shared by validators and handlers.</summary>
internal static class UnitMessages
{
    public const string CodeRequired = "Vui lòng nhập mã.";
    public const string CodeTooLong = "Mã dài tối đa {MaxLength} ký tự.";
    public const string CodeFormat = "Mã chỉ gồm chữ không dấu, chữ số và các ký tự - _ .";
    public const string UnitCodeTaken = "Mã đơn vị đã được dùng cho một đơn vị khác.";
    public const string BlockCodeTaken = "Mã khối đã được dùng cho một khối khác.";
    public const string NameRequired = "Vui lòng nhập tên.";
    public const string NameTooLong = "Tên dài tối đa {MaxLength} ký tự.";

    public static string NotAssessedIn(string periodName, string blockName) =>
        $"Đơn vị mới không có phiếu tự đánh giá trong {periodName}: khối {blockName} không được gán bộ chỉ số trong kỳ này (bộ chỉ số chỉ chọn được trước khi mở tự đánh giá). Chuyển đơn vị sang khối có bộ chỉ số nếu cần đánh giá đơn vị năm nay.";

    public const string NameOneLine = "Tên chỉ gồm một dòng, không có ký tự xuống dòng hay ký tự điều khiển.";
    public const string BlockRequired = "Vui lòng chọn khối.";
    public const string BlockNotFound = "Khối không tồn tại.";
    public const string SameBlock = "Đơn vị đã thuộc khối này.";
    public const string KindInvalid = "Loại khối không hợp lệ.";
    public const string SortOrderInvalid = "Thứ tự phải là số từ 0 đến 9999.";
    public const string UnitInactive = "Đơn vị đã sáp nhập hoặc ngừng hoạt động, không thể thay đổi.";
    public const string MergeSourceRequired = "Vui lòng chọn đơn vị bị sáp nhập.";
    public const string MergeTargetRequired = "Vui lòng chọn đơn vị nhận sáp nhập.";
    public const string MergeIntoItself = "Không thể sáp nhập một đơn vị vào chính nó.";
    public const string MergeSourceInactive = "Đơn vị bị sáp nhập đã ngừng hoạt động.";
    public const string MergeTargetInactive = "Đơn vị nhận sáp nhập đã ngừng hoạt động.";
    public const string MergeTargetNotFound = "Đơn vị nhận sáp nhập không tồn tại.";
    public const string EffectiveDateRequired = "Vui lòng nhập ngày hiệu lực.";
    public const string DecisionTooLong = "Số hiệu văn bản dài tối đa {MaxLength} ký tự.";

    public static string MergeClosesOpenAssessments(IEnumerable<string> periods) =>
        $"Đơn vị đang có bản đánh giá trong kỳ chưa được Hội đồng phê duyệt: {string.Join("; ", periods)}. Sáp nhập sẽ đóng bản đánh giá này "
        + "(không tính điểm, không xếp hạng, không còn trong danh sách thẩm định); tài liệu kiểm chứng của đơn vị chuyển sang đơn vị nhận sáp nhập. "
        + "Xác nhận đã biết để tiếp tục.";

    public static string MergeClosedReason(string targetName, DateOnly effectiveOn, string? decision) =>
        $"Đơn vị đã sáp nhập vào {targetName} từ ngày {effectiveOn:dd/MM/yyyy}{(string.IsNullOrWhiteSpace(decision) ? string.Empty : $" theo {decision.Trim()}")}; "
        + "bản đánh giá kỳ này không tính điểm, tài liệu kiểm chứng chuyển cho đơn vị nhận.";

    /// <summary>Code pattern shared by units and blocks (readable in URLs, exports and imports); the stored code is trimmed.</summary>
    public const string CodePattern = @"^\s*[A-Za-z0-9._-]+\s*$";

    public static ValidationException Invalid(string propertyName, string message) =>
        new([new ValidationFailure(propertyName, message)]);
}
