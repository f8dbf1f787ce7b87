using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ParIndex.Web.Security;

/// <summary>
/// The portal's HTTP rate limits (B2): sign-in, API and uploads, each a fixed window read from configuration
/// (<c>Security:*RateLimit:PermitLimit</c> and <c>:WindowSeconds</c>, docs/deploy.md). Every refusal is 429 with
/// Retry-After, never the middleware's default 503.
/// </summary>
public static class RateLimitSettings
{
    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        var login = Read(configuration, "Security:LoginRateLimit", permitLimit: 10, windowSeconds: 60);
        var api = Read(configuration, "Security:ApiRateLimit", permitLimit: 600, windowSeconds: 60);
        var uploads = Read(configuration, "Security:UploadRateLimit", permitLimit: 60, windowSeconds: 60);
        // Anonymous reads of the published results are served from memory (Hosting/PublicReadCache.cs): a generous limit.
        var publicReads = Read(configuration, "Security:PublicReadRateLimit", permitLimit: 6000, windowSeconds: 60);
        var survey = Read(configuration, "Security:SurveyRateLimit", permitLimit: 120, windowSeconds: 60);
        // One partition per request, never a chain: a refused request would otherwise spend permits of the others.
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            LoginRateLimit.Partition(context, login) ?? SurveyRateLimit.Partition(context, survey) ?? PublicReadRateLimit.Partition(context, publicReads)
            ?? ApiRateLimit.Partition(context, api, uploads) ?? RateLimitPartition.GetNoLimiter(string.Empty));
        options.OnRejected = (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return LoginRateLimit.Applies(context.HttpContext)
                ? new ValueTask(LoginRateLimit.WriteRefusalAsync(context.HttpContext, seconds, ct))
                : new ValueTask(ApiRateLimit.WriteRefusalAsync(context.HttpContext, seconds));
        };
    }

    private static FixedWindowRateLimiterOptions Read(IConfiguration configuration, string section, int permitLimit, int windowSeconds) => new()
    {
        PermitLimit = configuration.GetValue($"{section}:PermitLimit", permitLimit),
        Window = TimeSpan.FromSeconds(configuration.GetValue($"{section}:WindowSeconds", windowSeconds)),
        QueueLimit = 0,
    };
}
