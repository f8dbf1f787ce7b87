using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Infrastructure.Identity;
using ParIndex.Web.Security;

namespace ParIndex.Web.Endpoints;

/// <summary>Sign-out: a form POST with an antiforgery token (the form binding makes the endpoint check it).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccountPaths.Logout, async (
                [FromForm] string? returnUrl,
                HttpContext context,
                SignInManager<ApplicationUser> signInManager,
                UserManager<ApplicationUser> userManager,
                SignInAudit audit,
                CancellationToken ct) =>
            {
                if (await userManager.GetUserAsync(context.User) is { } user)
                {
                    // A new stamp makes a copied cookie worthless at its next check, not just this browser's copy.
                    await userManager.UpdateSecurityStampAsync(user);
                    await audit.RecordAsync(SignInAudit.SignedOut, user, null, ct);
                }

                await signInManager.SignOutAsync();
                return TypedResults.LocalRedirect(AccountPaths.Login);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
