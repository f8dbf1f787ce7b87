using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// Issue 16, "authorization declared once": pages, AuthorizeViews and endpoints name a policy from
/// <see cref="AccessPolicies"/>, built from the arrays the use cases check; none repeats role names as strings.
/// </summary>
public sealed partial class AuthorizationDeclaredOnceTests
{
    [Fact]
    public void NoPageOrEndpoint_ListsRolesAsStrings()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "ParIndex.Web");
        var offenders = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(web, "Endpoints"), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => RoleStrings().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(web, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task EveryNamedPolicy_IsRegistered_WithTheRolesOfItsArray()
    {
        using var portal = new PortalFactory();
        var provider = portal.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        foreach (var (name, roles) in AccessPolicies.All)
        {
            var policy = await provider.GetPolicyAsync(name);
            Assert.NotNull(policy);
            var requirement = Assert.Single(policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>());
            Assert.Equal(roles.Order(), requirement.AllowedRoles.Order());
        }
    }

    [Fact]
    public void PublishButton_AndPublishResults_ReadTheSameArray()
    {
        var workflow = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "ParIndex.Application", "Workflow", "GetPeriodWorkflow.cs"));
        var publish = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "ParIndex.Application", "Publication", "PublishResults.cs"));

        Assert.Contains("AccessPolicies.Publishing", workflow, StringComparison.Ordinal);
        Assert.Contains("PublicationAccess.Publishers", publish, StringComparison.Ordinal);
        Assert.Equal(["Administrator"], AccessPolicies.All[AccessPolicies.Publishing]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above the test binaries.");
    }

    // Roles = "…", Roles="…", [Authorize(Roles …)], RequireRole(…), IsInRole(Roles.X): every way a role list could be spelled out again.
    [GeneratedRegex(@"Roles\s*=\s*""|Authorize\(\s*Roles|AuthorizeView\s+Roles|RequireRole\(|IsInRole\(\s*Roles\.")]
    private static partial Regex RoleStrings();
}
