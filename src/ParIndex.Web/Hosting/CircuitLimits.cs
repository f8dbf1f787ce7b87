namespace ParIndex.Web.Hosting;

/// <summary>
/// Bounds on the Blazor circuits and their SignalR hub (B9; ASVS 5.0 13.4.2, 15.2.2), from the <c>Blazor</c>
/// configuration section with these defaults (docs/deploy.md). Detailed errors exist only in Development.
/// File uploads from pages (InputFile, MudFileUpload) stream through the circuit in chunks the browser cuts to the
/// receive limit less 512 bytes, so the 32 KB limit bounds every message without limiting evidence files.
/// </summary>
public static class CircuitLimits
{
    public const string Section = "Blazor";

    public const int MaximumReceiveMessageBytes = 32 * 1024;

    public static IServerSideBlazorBuilder AddParIndexCircuitLimits(this IServerSideBlazorBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = configuration.GetSection(Section);
        builder.AddCircuitOptions(o =>
        {
            o.DetailedErrors = environment.IsDevelopment() && section.GetValue("DetailedErrors", false);
            o.DisconnectedCircuitMaxRetained = section.GetValue("DisconnectedCircuitMaxRetained", 100);
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(section.GetValue("DisconnectedCircuitRetentionSeconds", 180));
            o.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(section.GetValue("JSInteropTimeoutSeconds", 60));
            o.MaxBufferedUnacknowledgedRenderBatches = section.GetValue("MaxBufferedUnacknowledgedRenderBatches", 10);
        });
        builder.AddHubOptions(o =>
        {
            o.MaximumReceiveMessageSize = section.GetValue<long>("MaximumReceiveMessageBytes", MaximumReceiveMessageBytes);
            o.MaximumParallelInvocationsPerClient = 1;
            o.ClientTimeoutInterval = TimeSpan.FromSeconds(section.GetValue("ClientTimeoutSeconds", 30));
            o.KeepAliveInterval = TimeSpan.FromSeconds(section.GetValue("KeepAliveSeconds", 15));
            o.HandshakeTimeout = TimeSpan.FromSeconds(15);
            o.EnableDetailedErrors = environment.IsDevelopment() && section.GetValue("DetailedErrors", false);
        });
        return builder;
    }
}
