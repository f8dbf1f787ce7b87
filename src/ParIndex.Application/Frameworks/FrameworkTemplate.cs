using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

/// <summary>
/// The workbook the framework import offers to download: the sheets and columns an import reads, with one field and one
/// criterion to overwrite (the help sheet the writer adds lists every rule and its parameters). It imports as it is.
/// </summary>
public static class FrameworkTemplate
{
    public const string FileName = "mau-bo-chi-so.xlsx";

    public static FrameworkDocument Example { get; } = new(
        "MAU", "Bộ chỉ số mẫu (thay bằng tên theo quyết định của tỉnh)", BlockKind.Department, 1, "Quyết định số …/QĐ-UBND ngày …", IsIllustrative: true,
        BonusCap: 0m, DeductionCap: 0m,
        [
            new FrameworkNodeDocument("A1", null, NodeLevel.Domain, "Công tác chỉ đạo, điều hành cải cách hành chính", null, 2m, AssessmentMethod.SelfAssessed,
                RuleType.YesNo, "{}", WhenNothingToCount.FullPoints, null, null, []),
            new FrameworkNodeDocument("A1.1", "A1", NodeLevel.Criterion, "Ban hành kế hoạch cải cách hành chính năm", null, 2m, AssessmentMethod.SelfAssessed,
                RuleType.YesNo, "{}", WhenNothingToCount.FullPoints, "Kế hoạch ban hành đúng thời hạn.", "Kế hoạch CCHC năm", []),
        ]);
}
