using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ParIndex.Web.Hosting;

/// <summary>
/// The client's address and scheme as the reverse proxy saw them (X-Forwarded-For, -Proto, -Host), believed only from
/// the proxies named in <c>Security:ForwardedHeaders:KnownProxies</c> (addresses) or <c>:KnownNetworks</c> (CIDR), one
/// hop (docs/deploy.md). Without them every reader behind the proxy is one address: one rate-limit bucket for a whole
/// results-day crowd, and the proxy's address in the audit trail (issue 16.7). A header from anyone else is ignored.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "Security:ForwardedHeaders";

    /// <summary>The options when proxies are configured; null otherwise (the portal then sees the connection as it is).</summary>
    public static ForwardedHeadersOptions? Options(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            ForwardLimit = configuration.GetValue($"{Section}:ForwardLimit", 1),
        };
        // Only what is configured: not the loopback defaults, so a proxy elsewhere is never trusted by accident.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Options(app.Configuration) is { } options)
        {
            app.UseForwardedHeaders(options);
        }

        return app;
    }
}
