using System.Threading.RateLimiting;

namespace ParIndex.Web.Security;

/// <summary>
/// The respondent's form has no sign-in: its requests (the /survey/{code} page and /api/survey-form) get a window of
/// their own per client address, tighter than the API's, so codes cannot be guessed in bulk and a form cannot be
/// flooded. A respondent saving as they go stays far below it. Refusals are the API's 429.
/// </summary>
public static class SurveyRateLimit
{
    public static bool Applies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api/survey-form") || context.Request.Path.StartsWithSegments("/survey");
    }

    public static RateLimitPartition<string>? Partition(HttpContext context, FixedWindowRateLimiterOptions limit) =>
        Applies(context) ? RateLimitPartition.GetFixedWindowLimiter("survey:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => limit) : null;
}
