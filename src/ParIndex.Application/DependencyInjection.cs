using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ParIndex.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers every use case handler (a class named *Handler in this assembly) and every validator.
    /// Handlers are concrete classes: a page injects the same handler an endpoint calls.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var handler in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                     && t.Name.EndsWith("Handler", StringComparison.Ordinal)))
        {
            services.AddScoped(handler);
        }

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Dashboards.BlockDigestCache>();
        services.TryAddSingleton<Publication.PublicSnapshots>();
        services.TryAddSingleton<Publication.PublicationVersion>();
        services.TryAddSingleton<Notifications.Notifier>();
        return services;
    }
}
