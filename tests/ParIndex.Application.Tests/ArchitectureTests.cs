using ParIndex.Application.Common;

namespace ParIndex.Application.Tests;

/// <summary>
/// Use cases know EF Core's DbSet abstraction (IParIndexDb, docs/adr/0008) but not a database provider, the web host
/// or Infrastructure, so Blazor pages and API endpoints can call them alike.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore.Relational",
        "Microsoft.EntityFrameworkCore.Sqlite",
        "Microsoft.EntityFrameworkCore.SqlServer",
        "Microsoft.Data.",
        "ParIndex.Infrastructure",
        "ParIndex.Migrations",
        "ParIndex.Web",
    ];

    [Fact]
    public void ApplicationAssembly_References_NoWebHostProviderOrInfrastructure()
    {
        var references = typeof(IParIndexDb).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("ParIndex.Domain", references);
        Assert.DoesNotContain(references, name => ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
    }
}
