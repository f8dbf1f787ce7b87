using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// During round 1 an inspector flags a criterion with a question for the unit (null withdraws it). The unit sees the
/// questions, and gets a notice, when the administrator opens the explanation round.
/// </summary>
public sealed record AskForExplanation(Guid AssessmentId, Guid NodeId, string? Question);

public sealed class AskForExplanationHandler(IParIndexDbFactory dbFactory, IValidator<AskForExplanation> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "appraisal.explanationAsked";

    public async Task HandleAsync(AskForExplanation request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, period, _, leaf) = await AppraisalTarget.LoadAsync(db, user, clock, request.AssessmentId, request.NodeId, Action, ct);
        if (period.State != PeriodState.AppraisalRound1 || AppraisalRules.RefusalForRound(period, assessment, AppraisalRound.First) is not null)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(Assessment), assessment.Id,
                AppraisalMessages.AskOnlyInRound1, ct);
        }

        var response = assessment.ResponseFor(leaf.Id);
        var old = response.ExplanationQuestion;
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            response.WithdrawExplanationQuestion();
        }
        else
        {
            response.AskForExplanation(request.Question, user.UserId!.Value);
        }

        db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, new { Question = old }, new { leaf.Code, Question = response.ExplanationQuestion });
        await db.SaveChangesAsync(ct);
    }
}

public sealed class AskForExplanationValidator : AbstractValidator<AskForExplanation>
{
    public AskForExplanationValidator()
    {
        RuleFor(a => a.Question).MaximumLength(CriterionResponse.MaxExplanationLength)
            .WithMessage(_ => AppraisalMessages.QuestionTooLong);
    }
}
