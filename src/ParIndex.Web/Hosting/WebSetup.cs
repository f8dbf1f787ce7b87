using MudBlazor.Services;
using ParIndex.Web.Hosting.ErrorHandling;
using ParIndex.Web.Localization;
using ParIndex.Web.Security;

namespace ParIndex.Web.Hosting;

/// <summary>Registers what the web host adds on top of the application and infrastructure layers.</summary>
public static class WebSetup
{
    public static IServiceCollection AddParIndexWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents().AddParIndexCircuitLimits(configuration, environment);
        services.AddMudServices();
        services.AddParIndexScaleOut(configuration);
        services.AddParIndexLocalization();
        services.AddParIndexSecurity(configuration, environment);
        services.AddParIndexErrorHandling();
        services.AddOpenApi();
        if (configuration.GetValue("Reminders:Enabled", true))
        {
            services.AddHostedService<ScheduledJobs>();
        }

        if (configuration.GetValue("Notifications:OutboxEnabled", true))
        {
            services.AddHostedService<OutboxSender>();
        }

        services.AddHostedService<PublishedResultsWarmUp>();
        services.AddSingleton(PublicReadCacheOptions.Read(configuration));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
