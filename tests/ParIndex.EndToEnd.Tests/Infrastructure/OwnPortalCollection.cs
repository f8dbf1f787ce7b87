namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Tests that start, kill and restart a portal process of their own. Each start seeds the demo province, which takes
/// both cores of a small machine for a while, so these run alone, never beside the shared portal's tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnPortalCollection
{
    public const string Name = "Own portal process";
}
