using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// What withdrawing and returning share: the submission goes back to the unit before the deadline, one line is added
/// to its history, the change is audited and the people concerned are told — all in one save.
/// </summary>
internal static class ReopenSubmission
{
    public static async Task<Guid> ApplyAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Notifier notifier, Assessment assessment,
        SubmissionKind kind, string reason, Guid concurrencyStamp, CancellationToken ct)
    {
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (assessment.State != AssessmentState.Submitted)
        {
            throw new DomainException("assessment.notSubmitted", "Only a submitted self-assessment can be withdrawn or returned.");
        }

        if (!period.AcceptsSelfAssessment(now, assessment.ExtendedDeadlineUtc))
        {
            var deadline = VietnamTime.FromUtc(assessment.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc);
            throw new DomainException("assessment.pastDeadline", $"The deadline ({deadline:u}) has passed or the period is no longer open.", deadline)
            {
                MessageKey = "assessment.pastDeadlineAt",
            };
        }

        ConcurrencyCheck.EnsureUnchanged(concurrencyStamp, assessment.ConcurrencyStamp);
        var old = new { assessment.State, assessment.SubmittedAtUtc, assessment.SelfIndex };
        assessment.Reopen(period, now);
        var record = new SubmissionRecord(assessment.Id, kind, now, user.UserId!.Value, SubmissionHistory.NameOf(user), reason);
        db.SubmissionRecords.Add(record);
        var auditAction = kind == SubmissionKind.Withdrawn ? "selfAssessment.withdrawn" : "selfAssessment.returned";
        db.Audit(user, clock, auditAction, nameof(Assessment), assessment.Id, old, new { assessment.State, Reason = record.Reason });

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == assessment.UnitId).Select(u => u.Name).SingleAsync(ct);
        if (kind == SubmissionKind.Withdrawn)
        {
            var inspectors = await notifier.InspectorsOfUnitAsync(db, period.Id, assessment.UnitId, ct);
            await notifier.TellAsync(db, $"withdrawn:{record.Id:N}", inspectors, new NoticeText("Đơn vị rút bản tự đánh giá",
                $"{unitName} đã rút bản tự đánh giá {period.Name} để chỉnh sửa và sẽ gửi lại. Lý do: {record.Reason}",
                $"/self-assessment/{period.Id}/units/{assessment.UnitId}"), now, ct);
        }
        else
        {
            var people = await notifier.Recipients.PeopleOfUnitsAsync([assessment.UnitId], ct);
            var deadline = VietnamTime.FromUtc(assessment.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc)
                .ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
            await notifier.TellAsync(db, $"returned:{record.Id:N}", people, new NoticeText("Bản tự đánh giá được trả lại",
                $"Sở Nội vụ trả lại bản tự đánh giá {period.Name} của {unitName} để hoàn thiện. Lý do: {record.Reason}. Đơn vị sửa và gửi lại trước {deadline}.",
                "/self-assessment"), now, ct);
        }

        await db.SaveChangesAsync(ct);
        return assessment.ConcurrencyStamp;
    }
}
