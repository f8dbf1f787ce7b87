using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Web.Security;

/// <summary>Identity on the portal's database, the sign-in cookie, authorization and the current user.</summary>
public static class SecuritySetup
{
    public static IServiceCollection AddParIndexSecurity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddIdentityCore<ApplicationUser>(IdentityPolicy.Configure)
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ParIndexDbContext>()
            .AddSignInManager<ParIndexSignInManager>()
            .AddClaimsPrincipalFactory<ParIndexClaimsPrincipalFactory>()
            .AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddDefaultTokenProviders();

        // Also the delay before a disabled account's or a signed-out cookie stops working over HTTP (A8, B5).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o => ConfigureCookie(o, environment));

        // Every endpoint needs a signed-in user unless it says [AllowAnonymous] (sign-in, errors, health, assets).
        // Named policies are the Application's role arrays (AccessPolicies): pages and AuthorizeViews never list roles.
        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (name, roles) in AccessPolicies.All)
        {
            authorization.AddPolicy(name, policy => policy.RequireRole(roles));
        }
        services.AddRateLimiter(o => RateLimitSettings.Configure(o, configuration));

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CurrentUserCircuitHandler>());
        services.AddScoped<SignInAudit>();
        services.AddScoped<PasswordSignIn>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, IWebHostEnvironment environment)
    {
        // Tests and development run over plain HTTP; production is HTTPS only and gets the __Host- prefix.
        options.Cookie.Name = environment.IsProduction() ? "__Host-ParIndex" : "ParIndex.Auth";
        options.Cookie.Path = "/";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = SessionLifetime.Idle;
        options.SlidingExpiration = true;
        options.LoginPath = AccountPaths.Login;
        options.LogoutPath = AccountPaths.Logout;
        options.AccessDeniedPath = AccountPaths.AccessDenied;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnSigningIn = SessionLifetime.OnSigningIn;
        options.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (AccountPaths.IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
