using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>G1, G4: what two portal processes share, and the Redis backplane only when it is configured.</summary>
public sealed class ScaleOutTests
{
    [Fact]
    public void WithoutRedis_TheBlazorHubUsesTheInProcessLifetimeManager_KeysAreInTheDatabase_EvidenceOnTheFileSystem()
    {
        using var portal = new PortalFactory();

        Assert.StartsWith("DefaultHubLifetimeManager", HubLifetimeManagerType(portal.Services).Name, StringComparison.Ordinal);
        var keyManagement = portal.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        Assert.StartsWith("EntityFrameworkCoreXmlRepository", keyManagement.XmlRepository?.GetType().Name, StringComparison.Ordinal);
        Assert.Equal("FileSystemEvidenceStore", portal.Services.GetRequiredService<IEvidenceStore>().GetType().Name);
    }

    [Fact]
    public void WithRedis_TheBlazorHubUsesTheRedisBackplane()
    {
        // Nothing listens there: the manager connects in the background and the portal still starts.
        using var portal = new RedisPortal();

        Assert.StartsWith("RedisHubLifetimeManager", HubLifetimeManagerType(portal.Services).Name, StringComparison.Ordinal);
    }

    /// <summary>
    /// The backplane is chosen while services are registered, before the factory's in-memory settings apply; a
    /// host setting is there in time, as an environment variable is in production.
    /// </summary>
    private sealed class RedisPortal : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,abortConnect=false,connectTimeout=200");
        }
    }

    private static Type HubLifetimeManagerType(IServiceProvider services)
    {
        var hubType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        return services.GetRequiredService(typeof(HubLifetimeManager<>).MakeGenericType(hubType)).GetType();
    }
}
