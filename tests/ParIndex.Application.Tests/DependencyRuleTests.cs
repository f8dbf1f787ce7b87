using ParIndex.Application.Common;

namespace ParIndex.Application.Tests;

/// <summary>Use cases know EF Core's abstractions (DbSet, queries) but no web host, provider or infrastructure.</summary>
public sealed class DependencyRuleTests
{
    [Fact]
    public void Application_ReferencesNoHostProviderOrInfrastructure()
    {
        var references = typeof(ICurrentUser).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("ParIndex.Domain", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name is "ParIndex.Infrastructure" or "ParIndex.Web"
            or "Microsoft.EntityFrameworkCore.Sqlite" or "Microsoft.EntityFrameworkCore.SqlServer");
    }
}
