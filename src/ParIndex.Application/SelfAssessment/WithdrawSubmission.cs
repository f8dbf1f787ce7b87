using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>The unit's leader takes its submission back before the deadline to correct it, with a reason; its inspectors are told.</summary>
public sealed record WithdrawSubmission(Guid AssessmentId, string Reason, Guid ConcurrencyStamp);

public sealed class WithdrawSubmissionHandler(IParIndexDbFactory dbFactory, IValidator<WithdrawSubmission> validator, ICurrentUser user,
    TimeProvider clock, Notifier notifier)
{
    public async Task<Guid> HandleAsync(WithdrawSubmission request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, request.AssessmentId, forChange: true, "selfAssessment.withdrawn", ct);
        if (!user.IsInRole(Roles.AgencyLeader))
        {
            db.Audit(user, clock, "selfAssessment.withdrawn", nameof(Assessment), assessment.Id, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new AccessDeniedException(SelfAssessmentMessages.OnlyLeaderWithdraws);
        }

        await validator.ValidateAndThrowAsync(request, ct);
        return await ReopenSubmission.ApplyAsync(db, user, clock, notifier, assessment, SubmissionKind.Withdrawn, request.Reason,
            request.ConcurrencyStamp, ct);
    }
}
