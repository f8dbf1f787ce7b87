using ParIndex.Application.Common;

namespace ParIndex.Web.Security;

/// <summary>
/// Cross-site WebSocket hijacking (ASVS 5.0 4.4.2, issue 16.6): a page on another site could open the Blazor circuit
/// (<c>/_blazor</c>, negotiate and WebSocket) with the visitor's cookie. Browsers always send Origin there, so a request
/// whose Origin is neither the portal itself (same host as the request), <c>Portal:PublicUrl</c>, nor one of
/// <c>Security:AllowedOrigins</c> is refused with 403 before a circuit exists. Requests without Origin are not from a
/// browser page and carry no visitor's cookie by accident.
/// </summary>
public static class HubOriginCheck
{
    public const string Section = "Security:AllowedOrigins";

    public static WebApplication UseHubOriginCheck(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configuration = app.Configuration;
        var allowed = configuration.GetSection(Section).Get<string[]>() ?? [];
        var publicUrl = configuration["Portal:PublicUrl"];
        var origins = allowed.Append(publicUrl).Where(o => !string.IsNullOrWhiteSpace(o))
            .Select(o => o!.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/_blazor") && context.Request.Headers.Origin is [{ Length: > 0 } origin]
                && !IsAllowed(origin, context.Request, origins))
            {
                // A plain answer: the error pages would re-execute the POST as a page request.
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }

                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(CommonMessages.OriginRefused, context.RequestAborted);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The portal's own origin is judged by host name only: behind a proxy that ends TLS the request may look like http
    /// while the browser's Origin says https, and a proxy passing <c>Host $host</c> drops the port the browser used.
    /// </summary>
    public static bool IsAllowed(string origin, HttpRequest request, IReadOnlySet<string> configured)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(configured);
        if (configured.Contains(origin.TrimEnd('/')))
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && request.Host.HasValue
            && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase);
    }
}
