using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>The checks' findings in the words the administrator reads next to the tree.</summary>
internal static class FrameworkIssueText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Of(FrameworkIssue issue) => issue.Code switch
    {
        FrameworkChecks.DuplicateCode => $"Mã {issue.NodeCode} bị trùng: mỗi mục cần một mã riêng.",
        FrameworkChecks.ChildrenSum =>
            $"{issue.NodeCode}: tổng điểm các mục con là {Points(issue.Actual)}, khác điểm tối đa {Points(issue.Expected)}.",
        FrameworkChecks.LevelOrder => $"{issue.NodeCode} phải ở cấp thấp hơn mục cha {issue.Detail}.",
        FrameworkChecks.EmptyLeaf => $"{issue.NodeCode} chưa có điểm tối đa.",
        FrameworkChecks.Total => $"Tổng điểm các lĩnh vực là {Points(issue.Actual)}, thường là {Points(issue.Expected)}.",
        FrameworkChecks.NoLeaves => "Bộ chỉ số chưa có lĩnh vực nào.",
        _ when issue.Problem is { } problem => issue.NodeCode is null ? RuleWording.Of(problem) : $"{issue.NodeCode}: {RuleWording.Of(problem)}",
        _ => issue.NodeCode is null ? issue.Detail ?? issue.Code : $"{issue.NodeCode}: {issue.Detail ?? issue.Code}",
    };

    private static string Points(decimal? value) => value?.ToString("0.00", Vietnamese) ?? "—";
}
