using MudBlazor.Services;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Web.Hosting;

/// <summary>Registers what the web host adds on top of the application and infrastructure layers.</summary>
public static class WebSetup
{
    public static IServiceCollection AddParIndexWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // REVIEW (admin branch): the minimum to run the administration pages; web-shell brings the full versions.
        services.AddMudServices();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ParIndexDbContext>();
        if (environment.IsDevelopment())
        {
            services.AddDevAdminSignIn();
        }

        return services;
    }
}
