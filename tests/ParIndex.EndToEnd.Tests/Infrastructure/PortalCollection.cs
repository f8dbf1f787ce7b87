namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>One portal and one chromium for all browser tests: seeding the demo province and starting chromium are slow.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal";
}

public sealed class PortalFixture : IAsyncLifetime
{
    public RunningPortal Portal { get; } = new();

    public Browser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _ = Portal.BaseAddress;
        Browser = await Browser.LaunchAsync();
    }

    public Task<Microsoft.Playwright.IPage> NewPageAsync() => Browser.NewPageAsync(Portal.BaseAddress);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
