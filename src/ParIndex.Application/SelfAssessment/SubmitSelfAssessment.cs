using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// The unit leader's submission (chốt điểm tự chấm), after reviewing the checklist. Exactly once: a second or
/// parallel submission is refused by the state and by the assessment's version.
/// </summary>
public sealed record SubmitSelfAssessment(Guid AssessmentId, Guid ConcurrencyStamp);

public sealed class SubmitSelfAssessmentHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, Notifier notifier)
{
    public async Task<DateTime> HandleAsync(SubmitSelfAssessment request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, request.AssessmentId, forChange: true, "selfAssessment.submitted", ct);
        if (!user.IsInRole(Roles.AgencyLeader))
        {
            db.Audit(user, clock, "selfAssessment.submitted", nameof(Assessment), assessment.Id, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new AccessDeniedException(SelfAssessmentMessages.OnlyLeaderSubmits);
        }

        if (assessment.State == AssessmentState.Submitted)
        {
            throw new DomainException("assessment.alreadySubmitted", "The self-assessment was already submitted.");
        }

        // A submit after the deadline is told so, not that someone changed the assessment (the lock job did).
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        SelfAssessmentRules.EnsureEditable(assessment, period, now);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, assessment.ConcurrencyStamp);

        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == assessment.UnitId, ct);
        var kind = await db.Blocks.AsNoTracking().Where(b => b.Id == unit.BlockId).Select(b => b.Kind).SingleAsync(ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var sheet = SelfAssessmentSheet.Build(framework, kind, assessment, await AssessmentEvidence.ByResponseAsync(db, assessment, ct));
        var blocking = sheet.Checklist.Where(i => i.Blocks).ToList();
        if (blocking.Count > 0)
        {
            throw new DomainException("assessment.incomplete", $"{blocking.Count} checklist items block the submission.",
                blocking.Count, string.Join("; ", blocking.Take(5).Select(i => i.Message)));
        }

        assessment.Submit(period, user.UserId!.Value, now);
        assessment.RecordSelfIndex(sheet.Totals.Percent);
        var record = new SubmissionRecord(assessment.Id, SubmissionKind.Submitted, now, user.UserId.Value, SubmissionHistory.NameOf(user), null);
        db.SubmissionRecords.Add(record);
        db.Audit(user, clock, "selfAssessment.submitted", nameof(Assessment), assessment.Id,
            new { State = AssessmentState.InProgress }, new { assessment.State, assessment.SelfIndex, SubmittedAtUtc = now });
        var inspectors = await notifier.InspectorsOfUnitAsync(db, period.Id, unit.Id, ct);
        await notifier.TellAsync(db, $"submitted:{record.Id:N}", inspectors, new NoticeText("Đơn vị đã gửi bản tự đánh giá",
            $"{unit.Name} đã gửi bản tự đánh giá {period.Name} lúc {VietnamTime.Format(now)}.", $"/self-assessment/{period.Id}/units/{unit.Id}"), now, ct);
        await db.SaveChangesAsync(ct);
        return now;
    }
}
