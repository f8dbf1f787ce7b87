using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>The checks' findings in the words the administrator reads next to the tree.</summary>
internal static class FrameworkIssueText
{
    public static string Of(FrameworkIssue issue) => issue.Code switch
    {
        FrameworkChecks.DuplicateCode => FrameworkMessages.Issue("DuplicateCode", issue.NodeCode),
        FrameworkChecks.ChildrenSum => FrameworkMessages.Issue("ChildrenSum", issue.NodeCode, Points(issue.Actual), Points(issue.Expected)),
        FrameworkChecks.LevelOrder => FrameworkMessages.Issue("LevelOrder", issue.NodeCode, issue.Detail),
        FrameworkChecks.EmptyLeaf => FrameworkMessages.Issue("EmptyLeaf", issue.NodeCode),
        FrameworkChecks.Total => FrameworkMessages.Issue("Total", Points(issue.Actual), Points(issue.Expected)),
        FrameworkChecks.NoLeaves => FrameworkMessages.Issue("NoLeaves"),
        _ when issue.Problem is { } problem => issue.NodeCode is null ? RuleWording.Of(problem) : $"{issue.NodeCode}: {RuleWording.Of(problem)}",
        _ => issue.NodeCode is null ? issue.Detail ?? issue.Code : $"{issue.NodeCode}: {issue.Detail ?? issue.Code}",
    };

    private static string Points(decimal? value) => value?.ToString("0.00", MessageText.NumberCulture) ?? "—";
}
