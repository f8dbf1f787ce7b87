namespace ParIndex.Web.Hosting;

/// <summary>
/// Response headers every page and API answer carries (ASVS 5.0 3.4.x). The CSP allows what Blazor Server and
/// MudBlazor need and nothing else: own scripts only, the circuit's WebSocket to this origin, inline styles
/// (MudBlazor sets style attributes), no plugins, no framing, forms posting here only.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Set in <see cref="HttpContext.Items"/>, with the response's own CSP, by an endpoint the portal shows in a frame.</summary>
    public const string FramedBySelf = "ParIndex.FramedBySelf";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                // A file served into the portal's own preview frame carries a stricter policy of its own.
                if (context.Items.ContainsKey(FramedBySelf))
                {
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                else
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }
                // What a signed-in person saw must not be kept by the browser or a proxy.
                if (context.User.Identity?.IsAuthenticated == true && !IsStaticAsset(context))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    private static bool IsStaticAsset(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/_content") || context.Request.Path.StartsWithSegments("/_framework")
        || Path.HasExtension(context.Request.Path.Value);
}
