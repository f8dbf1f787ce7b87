using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>Home Affairs sends a unit's submission back for completion before the deadline, with a reason; the unit's people are told.</summary>
public sealed record ReturnSubmission(Guid AssessmentId, string Reason, Guid ConcurrencyStamp);

public sealed class ReturnSubmissionHandler(IParIndexDbFactory dbFactory, IValidator<ReturnSubmission> validator, ICurrentUser user,
    TimeProvider clock, Notifier notifier)
{
    public async Task<Guid> HandleAsync(ReturnSubmission request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        user.RequireAuthenticated();
        var assessment = await db.Assessments.Include(a => a.Responses).SingleOrDefaultAsync(a => a.Id == request.AssessmentId, ct);
        if (assessment is null || !await SubmissionHistory.MayReturnAsync(db, user, assessment.PeriodId, assessment.UnitId, ct))
        {
            db.Audit(user, clock, "selfAssessment.returned", nameof(Assessment), request.AssessmentId, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw assessment is null && user.IsInRole(Roles.Administrator)
                ? new NotFoundException(nameof(Assessment), request.AssessmentId)
                : new AccessDeniedException(SelfAssessmentMessages.OnlyHomeAffairsReturns);
        }

        await validator.ValidateAndThrowAsync(request, ct);
        return await ReopenSubmission.ApplyAsync(db, user, clock, notifier, assessment, SubmissionKind.Returned, request.Reason,
            request.ConcurrencyStamp, ct);
    }
}
