using StackExchange.Redis;

namespace ParIndex.Web.Hosting;

/// <summary>
/// What several portal processes share (G1, G4; docs/deploy.md "When a province needs more than one server"): the
/// database, the Data Protection keys in it, the evidence volume, and optionally a Redis SignalR backplane, on when
/// <c>ConnectionStrings:Redis</c> is set. Blazor circuits live in one process whatever the backplane, so the proxy
/// must keep each browser on its server (sticky sessions); the backplane carries hub messages sent to users or
/// groups across servers.
/// </summary>
public static class ScaleOut
{
    public const string RedisConnectionName = "Redis";

    public static IServiceCollection AddParIndexScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetConnectionString(RedisConnectionName) is { Length: > 0 } redis)
        {
            services.AddSignalR().AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("ParIndex"));
        }

        return services;
    }
}
