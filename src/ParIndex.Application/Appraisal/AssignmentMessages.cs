namespace ParIndex.Application.Appraisal;

/// <summary>What the assignment use cases say when they refuse, in Vietnamese like every validation message.</summary>
internal static class AssignmentMessages
{
    public const string InspectorRequired = "Chọn thẩm định viên.";

    public const string UnitsRequired = "Chọn ít nhất một đơn vị.";

    public const string InactiveInspector = "Chỉ phân công cho tài khoản thẩm định viên đang hoạt động.";

    public const string LeadAgencyByDomainOnly = "Cán bộ của cơ quan chủ trì chỉ được phân công theo lĩnh vực, không theo cả đơn vị.";

    public static string TooManyUnits(int limit) => $"Mỗi lần phân công tối đa {limit} đơn vị.";

    /// <summary>Names every unit refused, so the administrator can untick exactly those.</summary>
    public static string ConflictOfInterest(string inspector, IReadOnlyList<string> units) =>
        $"{inspector} thuộc đơn vị {string.Join(", ", units)} nên không được thẩm định đơn vị mình. Bỏ chọn đơn vị này rồi phân công lại; chưa có gì được lưu.";

    public static string NotInPeriod(IReadOnlyList<string> units) =>
        $"Không tham gia kỳ đánh giá này: {string.Join(", ", units)}. Chưa có gì được lưu.";
}
