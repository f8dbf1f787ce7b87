using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// An inspector accepts the unit's own score for one criterion in round 1 or 2 ("Chấp nhận", or "A" on the page). The
/// round records the self-score exactly as stored — 76,75 % of a 3-point criterion is 2,3025 points, not a typed copy
/// rounded to two decimals — so accepting always works and the totals are the unit's own, rounded once at the end
/// (docs/methodology.md, Rounding). <paramref name="ConcurrencyStamp"/> is the version the inspector looked at.
/// </summary>
public sealed record AcceptSelfScore(Guid AssessmentId, Guid NodeId, AppraisalRound Round, string? Comment, Guid? ConcurrencyStamp);

public sealed class AcceptSelfScoreHandler(IParIndexDbFactory dbFactory, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    private const string Action = "appraisal.selfScoreAccepted";

    public async Task<AppraisedCriterion> HandleAsync(AcceptSelfScore request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Round))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Round), AppraisalMessages.RoundInvalid)]);
        }

        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, period, framework, leaf) = await AppraisalTarget.LoadAsync(db, user, clock, request.AssessmentId, request.NodeId, Action, ct);
        if (AppraisalRules.RefusalForRound(period, assessment, request.Round) is { } refusal)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(Assessment), assessment.Id, refusal, ct);
        }

        var response = assessment.Responses.SingleOrDefault(r => r.NodeId == leaf.Id);
        if (response?.SelfScore is not { } selfScore)
        {
            throw new ValidationException([new ValidationFailure("Score", AppraisalMessages.NoSelfScore)]);
        }

        if (request.ConcurrencyStamp != response.ConcurrencyStamp)
        {
            await AppraisalConflicts.RefuseAsync(db, user, clock, accounts, Action, request.Round, selfScore, response, ct);
        }

        var old = new { response.Round1Score, response.Round1Comment, response.Round2Score, response.Round2Comment, response.FinalScore };
        var limit = AppraisalSheet.LimitOf(leaf, framework);
        var now = clock.GetUtcNow().UtcDateTime;
        if (selfScore > limit)
        {
            // A self-score above the criterion's maximum is the rule's mistake, not something to accept.
            throw new ValidationException([new ValidationFailure("Score", AppraisalMessages.OutOfRange(limit))]);
        }

        try
        {
            response.Appraise(request.Round, leaf, limit, selfScore, request.Comment, user.UserId!.Value, now);
        }
        catch (DomainException ex) when (ex.Code == "appraisal.reasonRequired")
        {
            // A deduction the unit declared still takes points away, and needs the inspector's reason.
            throw new ValidationException([new ValidationFailure(nameof(request.Comment), AppraisalMessages.ReasonRequired)]);
        }

        db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, old,
            new { leaf.Code, Round = (int)request.Round, AcceptedSelfScore = selfScore, response.FinalScore });
        await db.SaveChangesAsync(ct);
        return new AppraisedCriterion(response.ConcurrencyStamp, response.FinalScore, now);
    }
}
