using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// Issue 16.7: behind the configured proxy, each reader has a rate-limit bucket of their own (the address the proxy
/// forwards); a forwarded address from a connection that is not the proxy is ignored.
/// </summary>
public sealed class TrustedProxiesTests
{
    [Fact]
    public async Task BehindTheTrustedProxy_ReadersAreCountedByTheirOwnAddress()
    {
        await using var portal = new ProxiedPortal("10.0.0.2");
        var client = portal.CreateBrowser();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ReadAsync(client, "203.0.113.5")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await ReadAsync(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(client, "203.0.113.6")).StatusCode);
    }

    [Fact]
    public async Task ForwardedAddressFromAnUntrustedConnection_IsIgnored()
    {
        await using var portal = new ProxiedPortal("10.0.0.9");
        var client = portal.CreateBrowser();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ReadAsync(client, $"203.0.113.{10 + i}")).StatusCode);
        }

        // Changing the header does not buy a fresh bucket: the connection's own address is counted.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ReadAsync(client, "203.0.113.99")).StatusCode);
    }

    private static async Task<HttpResponseMessage> ReadAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/public/results");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    /// <summary>The portal with one trusted proxy (10.0.0.2); every test connection arrives from <c>connectionAddress</c>.</summary>
    private sealed class ProxiedPortal(string connectionAddress) : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Security:ForwardedHeaders:KnownProxies:0"] = "10.0.0.2",
        ["Security:ApiRateLimit:PermitLimit"] = "2",
        ["Security:PublicReadRateLimit:PermitLimit"] = "2",
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new ConnectionFrom(IPAddress.Parse(connectionAddress))));
        }
    }

    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
