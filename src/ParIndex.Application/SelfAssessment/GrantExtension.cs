using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.SelfAssessment;

/// <summary>An inspector gives one unit until <paramref name="NewDeadlineVietnam"/> (Vietnam's wall clock), with a reason.</summary>
public sealed record GrantExtension(Guid AssessmentId, DateTime NewDeadlineVietnam, string Reason);

public sealed class GrantExtensionHandler(IParIndexDbFactory dbFactory, IValidator<GrantExtension> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<DateTime> HandleAsync(GrantExtension request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "selfAssessment.extended", nameof(Assessment), request.AssessmentId, ct,
            SelfAssessmentAccess.ExtensionGranters);
        await validator.ValidateAndThrowAsync(request, ct);
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == request.AssessmentId, ct)
            ?? throw new NotFoundException(nameof(Assessment), request.AssessmentId);

        // Once the period itself closed, an extension would open nothing: the period must be reopened, with a reason, first.
        if (!await db.Periods.AnyAsync(p => p.Id == assessment.PeriodId && p.State == PeriodState.SelfAssessmentOpen, ct))
        {
            throw new WorkflowRefusedException(SelfAssessmentMessages.ClosedNoExtension);
        }

        var deadlineUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(request.NewDeadlineVietnam, DateTimeKind.Unspecified), VietnamTime.Zone);
        var old = new { assessment.ExtendedDeadlineUtc, assessment.ExtensionReason, assessment.State };
        assessment.ExtendDeadline(deadlineUtc, request.Reason);
        db.Audit(user, clock, "selfAssessment.extended", nameof(Assessment), assessment.Id, old,
            new { assessment.ExtendedDeadlineUtc, assessment.ExtensionReason, assessment.State });
        await db.SaveChangesAsync(ct);
        return deadlineUtc;
    }
}
