using ParIndex.Application.Publication;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Reads the published years once as the portal starts, so the first visitor of the public results does not wait for
/// their snapshots to be parsed (a national year's is tens of megabytes: about a second each). Failure only means the
/// first visitor waits.
/// </summary>
public sealed partial class PublishedResultsWarmUp(IServiceScopeFactory scopes, ILogger<PublishedResultsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<GetPublicResultsHandler>().HandleAsync(new GetPublicResults(), stoppingToken);
            LogWarmed(logger, results.Years.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published results of {Years} years read ahead of the first visitor.")]
    private static partial void LogWarmed(ILogger logger, int years);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Published results could not be read ahead; the first visitor will wait for them.")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
