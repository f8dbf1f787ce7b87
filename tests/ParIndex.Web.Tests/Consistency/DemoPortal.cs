using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests.Consistency;

/// <summary>The portal with the demo province seeded, as a new user first sees it: three published years across the 2025 merges.</summary>
public sealed class DemoPortal() : PortalFactory("Development", new Dictionary<string, string?> { ["Demo:Enabled"] = "true" })
{
    public const string Password = "Demo@ParIndex2026";
}
