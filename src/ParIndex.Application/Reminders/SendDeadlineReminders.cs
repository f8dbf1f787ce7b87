using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Reminders;

/// <summary>Run by the deadline job, not by a person.</summary>
public sealed record SendDeadlineReminders;

/// <summary>
/// Reminds the people of every unit that has not submitted, on each configured day before its deadline, through the
/// same <see cref="Notifier"/> as every other step: one notice per person and one e-mail in the outbox (sent by the
/// outbox sender, never twice). The event key names the period, unit, deadline and day, so running again — after a
/// restart, or on a second server at the same moment — tells nobody twice: each unit is saved on its own and a unit
/// another server told first (the unique notice key) is left as it is.
/// </summary>
public sealed partial class SendDeadlineRemindersHandler(
    IParIndexDbFactory dbFactory, Notifier notifier, ReminderOptions options, TimeProvider clock, ILogger<SendDeadlineRemindersHandler> logger)
{
    public const string Title = "Nhắc hạn tự đánh giá";

    /// <summary>Returns how many people were newly reminded.</summary>
    public async Task<int> HandleAsync(SendDeadlineReminders request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.SelfAssessmentOpen).ToListAsync(ct);
        var told = 0;
        foreach (var period in open)
        {
            var waiting = await db.Assessments.AsNoTracking()
                .Where(a => a.PeriodId == period.Id && (a.State == AssessmentState.NotStarted || a.State == AssessmentState.InProgress))
                .Select(a => new { a.UnitId, a.ExtendedDeadlineUtc }).ToListAsync(ct);
            foreach (var unit in waiting)
            {
                var deadline = unit.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc;
                var daysLeft = VietnamTime.DaysLeft(deadline, now);
                if (now >= deadline || !options.DaysBefore.Contains(daysLeft))
                {
                    continue;
                }

                var key = $"reminder:{period.Id:N}:{unit.UnitId:N}:{VietnamTime.DateOf(deadline):yyyyMMdd}:{daysLeft}";
                told += await TellUnitAsync(unit.UnitId, key, Text(period, deadline, daysLeft), now, ct);
            }
        }

        return told;
    }

    private static NoticeText Text(EvaluationPeriod period, DateTime deadline, int daysLeft)
    {
        var when = VietnamTime.FromUtc(deadline).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        var body = daysLeft == 0
            ? $"Hôm nay là hạn cuối gửi bản tự đánh giá {period.Name} ({when}). Đơn vị chưa gửi."
            : $"Còn {daysLeft} ngày đến hạn gửi bản tự đánh giá {period.Name} ({when}). Đơn vị chưa gửi.";
        return new NoticeText(Title, body, "/self-assessment");
    }

    /// <summary>One unit's notices and e-mails in a session and save of their own; a key another server saved first means it told them.</summary>
    private async Task<int> TellUnitAsync(Guid unitId, string key, NoticeText text, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var people = await notifier.Recipients.PeopleOfUnitsAsync([unitId], ct);
        var added = await notifier.TellAsync(db, key, people, text, now, ct);
        if (added == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return added;
        }
        catch (DbUpdateException ex)
        {
            LogAlreadyTold(logger, ex, key);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Key} was saved by another server first; nobody is told twice.")]
    private static partial void LogAlreadyTold(ILogger logger, Exception exception, string key);
}
