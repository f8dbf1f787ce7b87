using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Notices;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Reminders;

/// <summary>Run by the deadline job, not by a person.</summary>
public sealed record SendDeadlineReminders;

/// <summary>
/// Reminds every unit that has not submitted, on each configured day before its deadline: an in-app notice, then an
/// e-mail to its people. Idempotent: each (period, unit, day) is noticed once, and e-mailed once it was sent.
/// </summary>
public sealed partial class SendDeadlineRemindersHandler(
    IParIndexDbFactory dbFactory, IUnitRecipients recipients, IEmailSender email, ReminderOptions options, TimeProvider clock,
    ILogger<SendDeadlineRemindersHandler> logger)
{
    public async Task<int> HandleAsync(SendDeadlineReminders request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.SelfAssessmentOpen).ToListAsync(ct);
        var created = 0;
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
                if (await db.Notices.AnyAsync(n => n.Key == key, ct))
                {
                    continue;
                }

                var when = VietnamTime.FromUtc(deadline).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
                var body = daysLeft == 0
                    ? $"Hôm nay là hạn cuối gửi bản tự đánh giá {period.Name} ({when}). Đơn vị chưa gửi."
                    : $"Còn {daysLeft} ngày đến hạn gửi bản tự đánh giá {period.Name} ({when}). Đơn vị chưa gửi.";
                db.Notices.Add(new Notice(unit.UnitId, key, "Nhắc hạn tự đánh giá", body, "/self-assessment", now));
                created++;
            }
        }

        await db.SaveChangesAsync(ct);
        await EmailPendingAsync(db, now, ct);
        return created;
    }

    /// <summary>Notices not yet e-mailed are sent now; a failure leaves them for the next run.</summary>
    private async Task EmailPendingAsync(IParIndexDb db, DateTime now, CancellationToken ct)
    {
        var pending = await db.Notices.Where(n => n.EmailedAtUtc == null && n.CreatedAtUtc > now.AddDays(-2)).ToListAsync(ct);
        foreach (var notice in pending)
        {
            try
            {
                var to = await recipients.EmailsOfUnitAsync(notice.UnitId, ct);
                if (to.Count > 0)
                {
                    var link = options.PortalUrl.TrimEnd('/') + notice.Link;
                    await email.SendAsync(new EmailMessage(to, $"[Chỉ số CCHC] {notice.Title}", $"{notice.Body}\n\nMở bản tự đánh giá: {link}"), ct);
                }

                notice.MarkEmailed(now);
                await db.SaveChangesAsync(ct);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException)
            {
                LogEmailFailed(logger, ex, notice.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder e-mail for notice {NoticeId} failed; it is retried on the next run.")]
    private static partial void LogEmailFailed(ILogger logger, Exception exception, Guid noticeId);
}
