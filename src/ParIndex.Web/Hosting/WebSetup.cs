namespace ParIndex.Web.Hosting;

/// <summary>Registers what the web host adds on top of the application and infrastructure layers.</summary>
public static class WebSetup
{
    public static IServiceCollection AddParIndexWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }
}
