using ParIndex.Application.Notifications;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Sends the outbox's e-mails every few seconds (<c>Notifications:OutboxIntervalSeconds</c>, 15 by default). Each
/// message is marked sent in the database as soon as it left, so a restart sends only what was still waiting.
/// </summary>
public sealed partial class OutboxSender(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Notifications:OutboxIntervalSeconds", 15))));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SendOutboxEmailsHandler>().HandleAsync(new SendOutboxEmails(), stoppingToken);
                if (sent > 0)
                {
                    LogSent(logger, sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a failing mail server must not stop the portal.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} e-mails sent.")]
    private static partial void LogSent(ILogger logger, int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox sending failed; retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
