using ParIndex.Application.Frameworks;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Excel;

/// <summary>The workbook's layout and the Vietnamese words for the enums, shared by the writer and the reader.</summary>
internal static class FrameworkSheets
{
    public const string Header = FrameworkSheetNames.Header;
    public const string Nodes = FrameworkSheetNames.Nodes;
    public const string Help = "Hướng dẫn";

    public static readonly (string Key, string Label)[] HeaderRows =
    [
        ("Code", "Mã bộ chỉ số"), ("Name", "Tên bộ chỉ số"), ("BlockKind", "Khối"), ("Version", "Phiên bản"),
        ("LegalBasis", "Căn cứ"), ("IsIllustrative", "Minh họa"), ("BonusCap", "Trần điểm thưởng"), ("DeductionCap", "Trần điểm trừ"),
    ];

    /// <summary>
    /// One column per rule parameter (a column serves the same parameter of two rule types: the points when done or
    /// on time, when not done or late), between the rule type and what follows it.
    /// </summary>
    public static readonly (RuleParameter[] Parameters, string Label)[] ParameterColumns =
    [
        ([RuleParameter.YesPoints, RuleParameter.OnTimePoints], "Điểm khi có / đúng hạn"),
        ([RuleParameter.NoPoints, RuleParameter.LatePoints], "Điểm khi không / trễ hạn"),
        ([RuleParameter.Tiers], "Các ngưỡng (ngưỡng: điểm)"),
        ([RuleParameter.OutOf], "Trên tổng số"),
        ([RuleParameter.Floor], "Ngưỡng sàn (%)"),
        ([RuleParameter.Levels], "Các mức (tên mức: điểm)"),
        ([RuleParameter.Variables], "Các biến (tên: nội dung)"),
        ([RuleParameter.Expression], "Công thức"),
        ([RuleParameter.Source], "Nguồn khảo sát"),
        ([RuleParameter.Weights], "Trọng số (phương án: %)"),
    ];

    public const int FirstParameterColumn = 8;
    public const int NothingToCountColumn = FirstParameterColumn + 10;
    public const int NoteColumn = NothingToCountColumn + 1;
    public const int EvidenceColumn = NoteColumn + 1;
    public const int AppliesToColumn = EvidenceColumn + 1;
    public const int GeneratedGuidanceColumn = AppliesToColumn + 1;

    public static readonly string[] NodeColumns =
    [
        "Mã", "Mã cha", "Cấp", "Tên", "Tên tiếng Anh", "Điểm tối đa", "Phương pháp", "Loại quy tắc",
        .. ParameterColumns.Select(c => c.Label),
        "Khi không phát sinh", "Ghi chú hướng dẫn", "Tài liệu kiểm chứng", "Áp dụng cho", "Thang điểm (tự sinh từ quy tắc, không cần sửa)",
    ];

    /// <summary>The 0-based column of a rule parameter on the criteria sheet.</summary>
    public static int ColumnOf(RuleParameter parameter) =>
        FirstParameterColumn + Array.FindIndex(ParameterColumns, c => c.Parameters.Contains(parameter));

    public static readonly Dictionary<BlockKind, string> BlockKinds = new()
    {
        [BlockKind.Department] = "Sở, ban, ngành",
        [BlockKind.CommuneWard] = "UBND xã, phường",
        [BlockKind.District] = "UBND cấp huyện",
        [BlockKind.VerticalAgency] = "Cơ quan ngành dọc",
    };

    public static readonly Dictionary<NodeLevel, string> Levels = new()
    {
        [NodeLevel.Domain] = "Lĩnh vực",
        [NodeLevel.Criterion] = "Tiêu chí",
        [NodeLevel.SubCriterion] = "Tiêu chí thành phần",
    };

    public static readonly Dictionary<AssessmentMethod, string> Methods = new()
    {
        [AssessmentMethod.SelfAssessed] = "Tự đánh giá",
        [AssessmentMethod.Survey] = "Điều tra xã hội học",
        [AssessmentMethod.External] = "Số liệu bên ngoài",
    };

    public static readonly Dictionary<RuleType, string> RuleTypes = new()
    {
        [RuleType.YesNo] = "Có/không",
        [RuleType.Timeliness] = "Đúng hạn/trễ hạn",
        [RuleType.Level] = "Theo mức độ",
        [RuleType.PercentTiers] = "Ngưỡng tỷ lệ",
        [RuleType.Proportional] = "Tỷ lệ × điểm tối đa",
        [RuleType.CountTiers] = "Ngưỡng số lượng",
        [RuleType.Formula] = "Công thức",
        [RuleType.Survey] = "Khảo sát",
        [RuleType.External] = "Bên ngoài",
        [RuleType.Bonus] = "Điểm thưởng",
        [RuleType.Deduction] = "Điểm trừ",
    };

    public static readonly Dictionary<WhenNothingToCount, string> NothingToCount = new()
    {
        [WhenNothingToCount.FullPoints] = "Đạt tối đa",
        [WhenNothingToCount.Excluded] = "Không đánh giá",
        [WhenNothingToCount.Zero] = "0 điểm",
    };

    public static string Yes => "Có";

    public static string No => "Không";

    /// <summary>The Vietnamese label, or the enum's English name, case-insensitively.</summary>
    public static bool TryParse<T>(Dictionary<T, string> labels, string text, out T value)
        where T : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var (key, label) in labels)
        {
            if (string.Equals(label, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }

        return Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(trimmed, out _);
    }

    public static string Letter(int index) => Tabular.GuardedWorkbook.ColumnName(index);
}
