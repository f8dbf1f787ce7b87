using ParIndex.Application.Reminders;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Every few minutes: locks self-assessments past their deadline and sends the day's reminders. Both use cases are
/// idempotent, so a restart or a second replica running them does no harm.
/// </summary>
public sealed partial class DeadlineJobs(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DeadlineJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Reminders:IntervalMinutes", 5));
        using var timer = new PeriodicTimer(interval);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var locked = await scope.ServiceProvider.GetRequiredService<LockOverdueAssessmentsHandler>().HandleAsync(new LockOverdueAssessments(), ct);
            var reminded = await scope.ServiceProvider.GetRequiredService<SendDeadlineRemindersHandler>().HandleAsync(new SendDeadlineReminders(), ct);
            if (locked + reminded > 0)
            {
                LogRun(logger, locked, reminded);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next tick tries again; a failing job must not stop the portal.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline jobs: {Locked} self-assessments locked, {Reminded} reminders created.")]
    private static partial void LogRun(ILogger logger, int locked, int reminded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline jobs failed; retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
