using System.Threading.RateLimiting;

namespace ParIndex.Web.Security;

/// <summary>
/// The respondent's forms have no sign-in: their requests (the /survey/{code} and /sipas/{code} pages, /api/survey-form and /api/sipas) get a window of
/// their own per client address, tighter than the API's, so codes cannot be guessed in bulk and a form cannot be
/// flooded. A respondent saving as they go stays far below it. Refusals are the API's 429.
/// </summary>
public static class SurveyRateLimit
{
    public static bool Applies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        return path.StartsWithSegments("/api/survey-form") || path.StartsWithSegments("/survey")
            || path.StartsWithSegments("/api/sipas") || path.StartsWithSegments("/sipas");
    }

    public static RateLimitPartition<string>? Partition(HttpContext context, FixedWindowRateLimiterOptions limit) =>
        Applies(context) ? RateLimitPartition.GetFixedWindowLimiter("survey:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => limit) : null;
}
