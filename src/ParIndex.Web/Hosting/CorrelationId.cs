using System.Diagnostics;

namespace ParIndex.Web.Hosting;

/// <summary>
/// One id per request, shared by the logs, the X-Correlation-Id header, problem responses and the error page, so a
/// person can quote it and the operator can find the stack trace. It is the W3C trace id when there is one.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    private const string ItemKey = "ParIndex.CorrelationId";

    public static string Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[ItemKey] is string id)
        {
            return id;
        }

        id = Activity.Current?.TraceId.ToHexString() is { } traceId && traceId != default(ActivityTraceId).ToHexString()
            ? traceId
            : context.TraceIdentifier;
        context.Items[ItemKey] = id;
        return id;
    }
}
