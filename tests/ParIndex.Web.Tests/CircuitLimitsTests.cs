using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>B9: the circuit and hub limits a production portal runs with, and that configuration can change them.</summary>
public sealed class CircuitLimitsTests
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Bootstrap:AdministratorUserName"] = "quantri.mach",
        ["Bootstrap:AdministratorPassword"] = "hoa phượng đỏ sân trường cũ",
        // Asked for, and refused outside Development.
        ["Blazor:DetailedErrors"] = "true",
    };

    [Fact]
    public void Production_CircuitAndHubOptions_HaveTheDocumentedBounds()
    {
        using var portal = PortalFactory.For("Production", Production);

        var circuit = portal.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        var hub = ComponentHubOptions(portal.Services);

        Assert.False(circuit.DetailedErrors);
        Assert.Equal(100, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(3), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(TimeSpan.FromMinutes(1), circuit.JSInteropDefaultCallTimeout);
        Assert.Equal(32 * 1024, hub.MaximumReceiveMessageSize);
        Assert.Equal(1, hub.MaximumParallelInvocationsPerClient);
        Assert.False(hub.EnableDetailedErrors);
        Assert.Equal(TimeSpan.FromSeconds(30), hub.ClientTimeoutInterval);
    }

    [Fact]
    public void Production_LimitsComeFromConfiguration()
    {
        using var portal = PortalFactory.For("Production", new Dictionary<string, string?>(Production)
        {
            ["Blazor:DisconnectedCircuitMaxRetained"] = "40",
            ["Blazor:DisconnectedCircuitRetentionSeconds"] = "90",
            ["Blazor:MaximumReceiveMessageBytes"] = "16384",
        });

        var circuit = portal.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal((40, TimeSpan.FromSeconds(90)), (circuit.DisconnectedCircuitMaxRetained, circuit.DisconnectedCircuitRetentionPeriod));
        Assert.Equal(16384, ComponentHubOptions(portal.Services).MaximumReceiveMessageSize);
    }

    [Fact]
    public void Development_MayAskForDetailedErrors()
    {
        using var portal = PortalFactory.For("Development", new Dictionary<string, string?> { ["Blazor:DetailedErrors"] = "true" });

        Assert.True(portal.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors);
    }

    // Blazor's hub type is internal; its options are HubOptions<ComponentHub>.
    private static HubOptions ComponentHubOptions(IServiceProvider services)
    {
        var hubType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var options = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hubType)));
        return (HubOptions)options.GetType().GetProperty(nameof(IOptions<HubOptions>.Value))!.GetValue(options)!;
    }
}
