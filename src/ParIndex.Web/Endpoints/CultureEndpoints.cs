using Microsoft.AspNetCore.Localization;
using ParIndex.Web.Localization;
using ParIndex.Web.Security;

namespace ParIndex.Web.Endpoints;

/// <summary>The language switch: remembers the choice in a cookie and goes back to the page, on this site only.</summary>
public static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/set", (string? culture, string? redirectUri, HttpContext context) =>
            {
                if (Cultures.IsSupported(culture))
                {
                    context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                        new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
                }

                return TypedResults.LocalRedirect(LocalUrl.IsLocal(redirectUri) ? redirectUri! : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
