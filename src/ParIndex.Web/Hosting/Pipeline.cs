using Microsoft.AspNetCore.Authorization;
using ParIndex.Web.Components;
using ParIndex.Web.Hosting.ErrorHandling;
using ParIndex.Web.Security;
using Scalar.AspNetCore;

namespace ParIndex.Web.Hosting;

public static class Pipeline
{
    public static WebApplication UseParIndexPipeline(this WebApplication app)
    {
        // First, so logging, the audit trail and the rate limits see the client's address, not the proxy's.
        app.UseTrustedProxies();
        app.UseParIndexRequestLogging();
        app.UseParIndexErrorHandling();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseHubOriginCheck();
        app.UseRequestLocalization();
        app.UseAuthentication();
        // After authentication, so API limits count per signed-in user rather than per shared proxy address.
        app.UseRateLimiter();
        app.UseAuthorization();
        // An imported account on its one-time password goes nowhere but the password change.
        app.UseMiddleware<PasswordChangeGate>();
        // Anonymous public reads answered from memory per publication version, with ETag and 304 (after the limiter).
        app.UseMiddleware<PublicReadCache>();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode()
            .Add(endpoint =>
            {
                // The circuit's own endpoints are open so the public results page is interactive for citizens; every
                // page still checks its own [Authorize] (Components/Pages/_Imports.razor) inside the circuit.
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.StartsWith("/_blazor", StringComparison.Ordinal))
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                }
            });

        var openApi = app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            // Outside Development the document is for signed-in callers only, and there is no browsing UI.
            openApi.AllowAnonymous();
            app.MapScalarApiReference().AllowAnonymous();
        }

        return app;
    }
}
