using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Appraisal;

/// <summary>The unit answers an inspector's question (giải trình) while the round is open and before its deadline.</summary>
public sealed record AnswerExplanation(Guid AssessmentId, Guid NodeId, string Answer, Guid ConcurrencyStamp);

public sealed record AnsweredExplanation(Guid ConcurrencyStamp, DateTime SavedAtUtc);

public sealed class AnswerExplanationHandler(IParIndexDbFactory dbFactory, IValidator<AnswerExplanation> validator, ICurrentUser user, TimeProvider clock,
    Notifications.Notifier notifier)
{
    private const string Action = "explanation.answered";

    public async Task<AnsweredExplanation> HandleAsync(AnswerExplanation request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, request.AssessmentId, forChange: true, Action, ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var response = assessment.Responses.SingleOrDefault(r => r.NodeId == request.NodeId && r.ExplanationQuestion is not null)
            ?? throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!assessment.AcceptsExplanation(period, now))
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(Assessment), assessment.Id,
                AppraisalMessages.ExplanationClosed(VietnamTime.Format(period.ExplanationDeadlineUtc)), ct);
        }

        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, response.ConcurrencyStamp);
        var old = response.ExplanationAnswer;
        response.AnswerExplanation(request.Answer, user.UserId!.Value, now);
        db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, new { Answer = old }, new { Answer = response.ExplanationAnswer });
        await Notifications.CycleNotices.ExplanationAnsweredAsync(db, notifier, period, assessment, now, ct);
        await db.SaveChangesAsync(ct);
        return new AnsweredExplanation(response.ConcurrencyStamp, now);
    }
}

public sealed class AnswerExplanationValidator : AbstractValidator<AnswerExplanation>
{
    public AnswerExplanationValidator()
    {
        RuleFor(a => a.Answer).NotEmpty().WithMessage(_ => AppraisalMessages.AnswerRequired)
            .MaximumLength(CriterionResponse.MaxExplanationLength).WithMessage(_ => AppraisalMessages.AnswerTooLong);
    }
}
