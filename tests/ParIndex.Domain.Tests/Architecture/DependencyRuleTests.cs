using ParIndex.Domain.Common;

namespace ParIndex.Domain.Tests.Architecture;

/// <summary>The innermost arrow of docs/architecture.md, checked on the compiled assembly.</summary>
public sealed class DependencyRuleTests
{
    [Fact]
    public void Domain_ReferencesNothingButTheBaseLibrary()
    {
        var references = typeof(Entity).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System.", StringComparison.Ordinal),
            $"The domain must stay free of packages and other layers, but it references {name}."));
        Assert.DoesNotContain(references, name => name.Contains("EntityFrameworkCore", StringComparison.Ordinal)
            || name.Contains("AspNetCore", StringComparison.Ordinal));
    }
}
