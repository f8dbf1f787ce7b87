using FluentValidation;
using FluentValidation.Results;

namespace ParIndex.Application.Frameworks;

/// <summary>The Vietnamese messages of the framework editing use cases.</summary>
internal static class FrameworkMessages
{
    public const string CodeRequired = "Vui lòng nhập mã.";
    public const string CodeTooLong = "Mã dài tối đa {MaxLength} ký tự.";
    public const string CodeTaken = "Mã này đã có trong bộ chỉ số.";
    public const string NameRequired = "Vui lòng nhập tên.";
    public const string TitleRequired = "Vui lòng nhập nội dung tiêu chí.";
    public const string TooLong = "Dài tối đa {MaxLength} ký tự.";
    public const string VersionPositive = "Phiên bản phải là số dương.";
    public const string FrameworkVersionTaken = "Bộ chỉ số cùng mã và phiên bản đã tồn tại.";
    public const string MaxPointsRange = "Điểm tối đa từ 0 đến 100, tối đa 2 chữ số thập phân.";
    public const string ParametersJson = "Tham số phải là JSON hợp lệ, ví dụ {\"tiers\":[{\"min\":98,\"points\":4}]}.";
    public const string ParentNotFound = "Mục cha không thuộc bộ chỉ số này.";
    public const string TooDeep = "Tiêu chí thành phần là cấp thấp nhất, không thêm mục con được.";
    public const string MaxPointsBelowRule = "Quy tắc chấm của tiêu chí cho nhiều điểm hơn mức này: sửa quy tắc trước khi hạ điểm tối đa.";
    public const string NotDraft = "Bộ chỉ số đã được dùng cho một kỳ đánh giá nên không sửa được; hãy sao chép thành phiên bản mới.";

    public static ValidationException Invalid(string property, string message) =>
        new([new ValidationFailure(property, message)]);
}
