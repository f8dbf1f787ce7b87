using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Results;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// The appraisal council approves the province's results: the meeting, the decision and the vote are recorded, and
/// every unit's index, class and rank are decided from the appraised points in the same save. After this nothing
/// changes unless the period is reopened with a reason.
/// </summary>
/// <remarks><c>Present</c>: the members who took part (present or in writing); without it, every member.</remarks>
public sealed record ApproveResults(
    Guid PeriodId, DateOnly MeetingDate, string DecisionNumber, DateOnly DecisionDate, int Members, int InFavour, string? Notes, Guid ConcurrencyStamp,
    int? Present = null);

public sealed record ApprovedResults(int Units, IReadOnlyList<UnitOutcome> Outcomes);

public sealed class ApproveResultsHandler(IParIndexDbFactory dbFactory, IValidator<ApproveResults> validator, ICurrentUser user, TimeProvider clock,
    Notifications.Notifier notifier)
{
    private const string Action = "period.approved";

    public async Task<ApprovedResults> HandleAsync(ApproveResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Approvers);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, period.ConcurrencyStamp);
        if (period.State != PeriodState.CouncilReview)
        {
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = WorkflowMessages.NotInCouncilReview }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(WorkflowMessages.NotInCouncilReview);
        }

        if ((await CompletenessCheck.ReadAsync(db, period.Id, ct)).Refusal is { } incomplete)
        {
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = incomplete }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(incomplete);
        }

        CouncilApproval approval;
        try
        {
            approval = new CouncilApproval(request.MeetingDate, request.DecisionNumber, request.DecisionDate, request.Members, request.InFavour,
                user.UserId!.Value, request.Notes, request.Present, period.CouncilQuorumPercent, period.CouncilMajorityPercent);
        }
        catch (DomainException ex) when (ex.Code is "council.quorum" or "council.majority")
        {
            // The refusal names the numbers: how many took part or agreed, and how many the period's rule needs.
            var (field, message) = ex.Code == "council.quorum"
                ? (nameof(request.Present), ApproveResultsValidator.QuorumNotMet(request.Present ?? request.Members, request.Members, period.CouncilQuorumPercent))
                : (nameof(request.InFavour), ApproveResultsValidator.MajorityNotMet(request.InFavour, request.Members, period.CouncilMajorityPercent));
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = message }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new ValidationException([new ValidationFailure(field, message)]);
        }
        catch (DomainException ex)
        {
            throw new ValidationException([new ValidationFailure(nameof(request.InFavour), DomainMessages.For(ex))]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = await PeriodResults.RecordAsync(db, period, ct);
        // Each block's dashboard digest is stored with the results, from the same scorecards.
        await BlockDigestStore.ReplaceAsync(db, period.Id, recorded.GroupBy(d => d.Outcome.BlockId)
            .Select(g => (g.Key, BlockDigestCache.Digest(g.Select(d => (d.Outcome.UnitId, d.Score))))), now, ct);
        var outcomes = recorded.Select(d => d.Outcome).ToList();
        period.Approve(approval, now);
        db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { State = PeriodState.CouncilReview },
            new { period.State, approval.MeetingDate, approval.DecisionNumber, approval.DecisionDate, approval.Members, approval.InFavour, approval.Present, approval.QuorumPercent, approval.MajorityPercent, Units = outcomes.Count });
        await Notifications.CycleNotices.ApprovedAsync(db, notifier, period, approval, now, ct);
        await db.SaveChangesAsync(ct);
        return new ApprovedResults(outcomes.Count, outcomes);
    }
}

public sealed class ApproveResultsValidator : AbstractValidator<ApproveResults>
{
    public static string QuorumNotMet(int present, int members, int percent) =>
        FieldMessages.QuorumNotMet(present, members, Share(percent), CouncilApproval.Needed(members, percent));

    public static string MajorityNotMet(int inFavour, int members, int percent) =>
        FieldMessages.MajorityNotMet(inFavour, members, Share(percent), CouncilApproval.Needed(members, percent));

    private static string Share(int percent) => FieldMessages.Share(percent, percent == CouncilApproval.DefaultPercent);

    public ApproveResultsValidator(TimeProvider clock)
    {
        RuleFor(a => a.DecisionNumber).NotEmpty().WithMessage(_ => FieldMessages.ApprovalNumberRequired)
            .MaximumLength(TextLimits.DocumentNumber).WithMessage(_ => FieldMessages.DocumentNumberTooLong);
        RuleFor(a => a.Members).InclusiveBetween(1, 100).WithMessage(_ => FieldMessages.MembersRange);
        RuleFor(a => a.InFavour).GreaterThanOrEqualTo(0).WithMessage(_ => FieldMessages.InFavourNegative)
            .LessThanOrEqualTo(a => a.Members).WithMessage(_ => FieldMessages.InFavourAboveMembers);
        RuleFor(a => a.Present).InclusiveBetween(1, 100).WithMessage(_ => FieldMessages.PresentRange)
            .LessThanOrEqualTo(a => a.Members).WithMessage(_ => FieldMessages.PresentAboveMembers);
        RuleFor(a => a.DecisionDate).GreaterThanOrEqualTo(a => a.MeetingDate).WithMessage(_ => FieldMessages.DecisionBeforeMeeting);
        RuleFor(a => a.MeetingDate).Must(d => d <= VietnamTime.DateOf(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => FieldMessages.MeetingInFuture);
        RuleFor(a => a.Notes).MaximumLength(TextLimits.Notes).WithMessage(_ => FieldMessages.NotesTooLong);
    }
}
