using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ParIndex.Application.Common;

namespace ParIndex.Web.Hosting;

/// <summary>
/// REVIEW (admin branch only): signs every request in as an administrator in Development, so the
/// administration pages can run before the web-shell branch brings the real sign-in and ICurrentUser.
/// Drop this file and its one registration line in WebSetup when merging web-shell.
/// </summary>
internal static class DevAdminSignIn
{
    public const string SchemeName = "DevAdmin";
    public static readonly Guid UserId = Guid.Parse("0195a000-0000-7000-8000-0000000de701");

    public static IServiceCollection AddDevAdminSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(SchemeName).AddScheme<AuthenticationSchemeOptions, Handler>(SchemeName, null);
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<ICurrentUser, DevAdmin>();
        return services;
    }

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, UserId.ToString()), new Claim(ClaimTypes.Name, "dev.admin"),
                    new Claim(ClaimTypes.Role, Roles.Administrator)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }

    private sealed class DevAdmin : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId => DevAdminSignIn.UserId;

        public string? UserName => "dev.admin";

        public Guid? UnitId => null;

        public IReadOnlyCollection<string> Roles { get; } = [Application.Common.Roles.Administrator];

        public string? IpAddress => "127.0.0.1";
    }
}
