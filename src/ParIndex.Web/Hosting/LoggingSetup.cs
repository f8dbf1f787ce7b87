using System.Security.Claims;
using ParIndex.Infrastructure.Identity;
using Serilog;
using Serilog.Context;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Serilog from configuration only (appsettings.json "Serilog": console and a daily rolling file under logs/),
/// and one structured line per request carrying the user, the unit and the correlation id. Control characters in
/// values are escaped (<see cref="LogValueEscaper"/>), so every event is one line.
/// </summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddParIndexLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Each host keeps its own logger rather than the process-wide static one, so hosts started side by side
        // (tests) never write into each other's files or close each other's sinks.
        builder.Services.AddSerilog((services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // Last, so it also sees what configuration and the log context added.
                .Enrich.With<LogValueEscaper>(),
            preserveStaticLogger: true);
        return builder;
    }

    public static WebApplication UseParIndexRequestLogging(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var id = CorrelationId.Get(context);
            // OnStarting survives the exception handler clearing the response before it re-executes.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[CorrelationId.HeaderName] = id;
                return Task.CompletedTask;
            });
            using (LogContext.PushProperty("CorrelationId", id))
            {
                await next(context);
            }
        });
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("CorrelationId", CorrelationId.Get(context));
                diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
                diagnostics.Set("UnitId", context.User.FindFirstValue(ParIndexClaimTypes.UnitId));
            };
        });
        return app;
    }
}
