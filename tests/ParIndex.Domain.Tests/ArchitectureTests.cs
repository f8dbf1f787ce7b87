using ParIndex.Domain.Common;

namespace ParIndex.Domain.Tests;

/// <summary>The domain stays readable and testable without EF Core, ASP.NET Core or FluentValidation (docs/architecture.md).</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "FluentValidation",
    ];

    [Fact]
    public void DomainAssembly_References_NoPersistenceWebOrValidationFramework()
    {
        var forbidden = DomainReferences().Where(name => ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));

        Assert.Empty(forbidden);
    }

    [Fact]
    public void DomainAssembly_References_OnlyTheBaseClassLibrary()
    {
        var outside = DomainReferences().Where(name => !name.StartsWith("System", StringComparison.Ordinal)
            && name is not ("netstandard" or "mscorlib"));

        Assert.Empty(outside);
    }

    private static List<string> DomainReferences()
    {
        var references = typeof(DomainException).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("System.Runtime", references);
        return references;
    }
}
