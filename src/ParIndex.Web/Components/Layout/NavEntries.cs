using MudBlazor;
using ParIndex.Application.Common;

namespace ParIndex.Web.Components.Layout;

/// <summary>One line of the side menu: a link (or a section heading) shown when the user meets <see cref="Policy"/>.</summary>
/// <param name="TextKey">Resource key in MainLayout.resx.</param>
/// <param name="Href">Link target; null for a heading.</param>
/// <param name="Icon">MudBlazor Material icon path; null for a heading.</param>
/// <param name="Policy">Access policy that must succeed; null when every signed-in user sees it.</param>
/// <param name="MatchAll">Active only on exactly this path (otherwise on the path and everything below it).</param>
public sealed record NavEntry(string TextKey, string? Href, string? Icon, string? Policy, bool MatchAll = false)
{
    public bool IsHeading => Href is null;
}

/// <summary>The side menu in display order, with the policy of each entry (the same policies the pages declare).</summary>
public static class NavEntries
{
    public static readonly IReadOnlyList<NavEntry> All =
    [
        new("Nav.Home", "/", Icons.Material.Filled.Home, null, MatchAll: true),
        new("Nav.Dashboard", "/dashboard", Icons.Material.Filled.Insights, AccessPolicies.Dashboard),
        new("Nav.SelfAssessment", "/self-assessment", Icons.Material.Filled.EditNote, AccessPolicies.UnitWork),
        new("Nav.Explanation", "/explanation", Icons.Material.Filled.QuestionAnswer, AccessPolicies.UnitWork),
        new("Nav.Improvement", "/improvement", Icons.Material.Filled.TaskAlt, AccessPolicies.UnitWork, MatchAll: true),
        new("Nav.SelfAssessments", "/self-assessments", Icons.Material.Filled.FactCheck, AccessPolicies.SelfAssessmentProgress),
        new("Nav.Appraisal", "/appraisal", Icons.Material.Filled.Grading, AccessPolicies.AppraisalQueue),
        new("Nav.Results", "/results", Icons.Material.Filled.Leaderboard, null),
        new("Nav.ImprovementOverview", "/improvement/overview", Icons.Material.Filled.TaskAlt, AccessPolicies.ImprovementOverview),
        new("Nav.Frameworks", "/frameworks", Icons.Material.Filled.AccountTree, null),
        new("Nav.Administration", null, null, AccessPolicies.UserManagement),
        new("Nav.Units", "/admin/units", Icons.Material.Filled.AccountBalance, AccessPolicies.UserManagement),
        new("Nav.Periods", "/admin/periods", Icons.Material.Filled.EventNote, AccessPolicies.UserManagement),
        new("Nav.Surveys", "/surveys", Icons.Material.Filled.Ballot, AccessPolicies.UserManagement),
        new("Nav.Users", "/admin/users", Icons.Material.Filled.People, AccessPolicies.UserManagement),
    ];
}
