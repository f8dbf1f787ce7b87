using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.Reminders;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Workflow;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Every few minutes: locks self-assessments past their deadline, sends the day's reminders and removes uploads a
/// crash left half-received. All are idempotent, so a restart or a second replica running them does no harm.
/// </summary>
public sealed partial class ScheduledJobs(IServiceScopeFactory scopes, IEvidenceStore evidence, IConfiguration configuration, ILogger<ScheduledJobs> logger)
    : BackgroundService
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
            locked += await scope.ServiceProvider.GetRequiredService<CloseExpiredRoundsHandler>().HandleAsync(new CloseExpiredRounds(), ct);
            var reminded = await scope.ServiceProvider.GetRequiredService<SendDeadlineRemindersHandler>().HandleAsync(new SendDeadlineReminders(), ct);
            var removed = evidence.RemoveAbandoned(TimeSpan.FromHours(configuration.GetValue("Evidence:AbandonedAfterHours", 24)));
            if (locked + reminded + removed > 0)
            {
                LogRun(logger, locked, reminded, removed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next tick tries again; a failing job must not stop the portal.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Scheduled jobs: {Locked} self-assessments locked, {Reminded} reminders created, {Removed} abandoned uploads removed.")]
    private static partial void LogRun(ILogger logger, int locked, int reminded, int removed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled jobs failed; retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
