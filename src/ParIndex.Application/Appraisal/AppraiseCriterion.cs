using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// An inspector's score for one criterion in round 1 or 2. <paramref name="ConcurrencyStamp"/> is the version the
/// inspector looked at (null for a criterion the unit never answered): a second inspector saving over the first
/// gets a conflict naming who saved what, never a silent overwrite (D1).
/// </summary>
public sealed record AppraiseCriterion(Guid AssessmentId, Guid NodeId, AppraisalRound Round, decimal Score, string? Comment, Guid? ConcurrencyStamp);

public sealed record AppraisedCriterion(Guid ConcurrencyStamp, decimal? FinalScore, DateTime SavedAtUtc);

/// <summary>What the other inspector saved, for the conflict screen.</summary>
public sealed class AppraisalConflictException(string message, decimal? savedScore, string? savedBy, DateTime? savedAtUtc)
    : ConcurrencyConflictException(message)
{
    public decimal? SavedScore { get; } = savedScore;

    public string? SavedBy { get; } = savedBy;

    public DateTime? SavedAtUtc { get; } = savedAtUtc;
}

public sealed class AppraiseCriterionHandler(
    IParIndexDbFactory dbFactory, IValidator<AppraiseCriterion> validator, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    private const string Action = "appraisal.scored";

    public async Task<AppraisedCriterion> HandleAsync(AppraiseCriterion request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, period, framework, leaf) = await AppraisalTarget.LoadAsync(db, user, clock, request.AssessmentId, request.NodeId, Action, ct);
        if (AppraisalRules.RefusalForRound(period, assessment, request.Round) is { } refusal)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(Assessment), assessment.Id, refusal, ct);
        }

        var response = assessment.Responses.SingleOrDefault(r => r.NodeId == leaf.Id);
        if (response is not null && request.ConcurrencyStamp != response.ConcurrencyStamp)
        {
            await AppraisalConflicts.RefuseAsync(db, user, clock, accounts, Action, request.Round, request.Score, response, ct);
        }

        response ??= assessment.ResponseFor(leaf.Id);
        var old = new { response.Round1Score, response.Round1Comment, response.Round2Score, response.Round2Comment, response.FinalScore };
        var limit = AppraisalSheet.LimitOf(leaf, framework);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            response.Appraise(request.Round, leaf, limit, request.Score, request.Comment, user.UserId!.Value, now);
        }
        catch (DomainException ex) when (ex.Code is "appraisal.reasonRequired" or "appraisal.outOfRange")
        {
            throw new ValidationException([new ValidationFailure(ex.Code == "appraisal.reasonRequired" ? nameof(request.Comment) : nameof(request.Score),
                ex.Code == "appraisal.reasonRequired" ? AppraisalMessages.ReasonRequired : AppraisalMessages.OutOfRange(limit))]);
        }

        db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, old,
            new { leaf.Code, Round = (int)request.Round, request.Score, Comment = request.Round == AppraisalRound.First ? response.Round1Comment : response.Round2Comment, response.FinalScore });
        await db.SaveChangesAsync(ct);
        return new AppraisedCriterion(response.ConcurrencyStamp, response.FinalScore, now);
    }
}

public sealed class AppraiseCriterionValidator : AbstractValidator<AppraiseCriterion>
{
    public AppraiseCriterionValidator()
    {
        RuleFor(a => a.Round).IsInEnum().WithMessage(_ => AppraisalMessages.RoundInvalid);
        // A typed score has at most two decimals; accepting the unit's own score (AcceptSelfScore) keeps its full precision.
        RuleFor(a => a.Score).GreaterThanOrEqualTo(0m).WithMessage(_ => AppraisalMessages.ScoreNegative)
            .Must(s => decimal.Round(s, 2) == s).WithMessage(_ => AppraisalMessages.ScoreDecimals);
        RuleFor(a => a.Comment).MaximumLength(CriterionResponse.MaxExplanationLength)
            .WithMessage(_ => AppraisalMessages.CommentTooLong);
    }
}
