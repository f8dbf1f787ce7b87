using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.HistoryImport;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// The administrator moves the period one step. Opening the explanation round sets its deadline (Vietnam's time);
/// reopening a closed step needs a reason. Approval is the council's (<see cref="ApproveResults"/>) and publication
/// has its own use case.
/// </summary>
public sealed record ChangePeriodState(Guid PeriodId, PeriodState Target, string? Reason, DateTime? ExplanationDeadlineVietnam, Guid ConcurrencyStamp);

public sealed class ChangePeriodStateHandler(IParIndexDbFactory dbFactory, IValidator<ChangePeriodState> validator, ICurrentUser user, TimeProvider clock,
    Notifications.Notifier notifier)
{
    private const string Action = "period.stateChanged";

    public async Task HandleAsync(ChangePeriodState request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Stewards);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, period.ConcurrencyStamp);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await RefusalAsync(db, period, request.Target, now, ct) is { } refusal)
        {
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { request.Target, refused = refusal }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(refusal);
        }

        var reopening = PeriodSteps.IsReopening(period.State, request.Target);
        if (reopening && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Reason), WorkflowMessages.ReasonRequired)]);
        }

        if (request.Target == PeriodState.ExplanationOpen)
        {
            var deadline = request.ExplanationDeadlineVietnam is { } local ? VietnamTime.ToUtc(local) : (DateTime?)null;
            if (deadline is null || deadline <= now)
            {
                throw new ValidationException([new ValidationFailure(nameof(request.ExplanationDeadlineVietnam), WorkflowMessages.ExplanationDeadline)]);
            }

            period.SetLaterDeadlines(deadline, period.AppraisalDeadlineUtc);
        }

        var from = period.State;
        var closedEarly = request.Target == PeriodState.SelfAssessmentClosed && now < await PeriodSteps.SelfAssessmentEndsAtAsync(db, period, ct);
        var (units, opened, asked) = await PeriodSteps.ApplyAsync(db, period, request.Target, now, ct);
        db.Audit(user, clock, reopening ? "period.reopened" : Action, nameof(EvaluationPeriod), period.Id, new { State = from },
            new { period.State, Reason = request.Reason?.Trim(), period.ExplanationDeadlineUtc, Units = units, AssessmentsOpened = opened, ClosedEarly = closedEarly });
        foreach (var assessment in asked)
        {
            await Notifications.CycleNotices.ExplanationRequestedAsync(db, notifier, period, assessment, now, ct);
        }

        if (request.Target == PeriodState.CouncilReview)
        {
            await Notifications.CycleNotices.SentToCouncilAsync(db, notifier, period, now, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task<List<string>> NotSubmittedAsync(IParIndexDb db, Guid periodId, CancellationToken ct) =>
        await db.Assessments.AsNoTracking().Where(a => a.PeriodId == periodId && a.State != AssessmentState.Submitted)
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => u.Name).OrderBy(name => name).ToListAsync(ct);

    private static async Task<string?> RefusalAsync(IParIndexDb db, EvaluationPeriod period, PeriodState target, DateTime now, CancellationToken ct)
    {
        if (target == PeriodState.Approved)
        {
            return WorkflowMessages.ApprovalIsTheCouncils;
        }

        if (target == PeriodState.Published)
        {
            return WorkflowMessages.PublishingIsItsOwnStep;
        }

        // After publication the only way back is to the council, towards a corrected version; archived is final.
        if (period.State == PeriodState.Archived || (period.State == PeriodState.Published && target != PeriodState.CouncilReview && target != PeriodState.Archived))
        {
            return WorkflowMessages.PublishedIsFinal;
        }

        if (!PeriodTransitions.IsAllowed(period.State, target))
        {
            return WorkflowMessages.NotNextStep;
        }

        // The council would recompute results that have no criterion scores: imported years are corrected by a new file.
        if (period.State == PeriodState.Published && target == PeriodState.CouncilReview && await ImportedPeriods.IsImportedAsync(db, period.Id, ct))
        {
            return ImportedPeriods.NoCouncilReview;
        }

        if (target == PeriodState.SelfAssessmentOpen && period.State == PeriodState.Draft && period.Frameworks.Count == 0)
        {
            return WorkflowMessages.NoFramework;
        }

        // Every block with active units needs its framework, or its units would open the period with nothing to fill in.
        // (Frameworks are chosen in draft only, so a reopening is not held to it.)
        if (target == PeriodState.SelfAssessmentOpen && period.State == PeriodState.Draft && await PeriodAssessments.BlocksWithoutFrameworkAsync(db, period, ct) is { Count: > 0 } blocks)
        {
            return WorkflowMessages.BlocksWithoutFramework(blocks);
        }

        // Before the deadline only when every unit still counted has submitted (closing early); merged units do not count.
        if (target == PeriodState.SelfAssessmentClosed && await PeriodSteps.SelfAssessmentEndsAtAsync(db, period, ct) is var ends && now < ends
            && await NotSubmittedAsync(db, period.Id, ct) is { Count: > 0 } waiting)
        {
            return WorkflowMessages.SelfAssessmentStillOpen(ends, waiting);
        }

        // Nothing goes to the council on incomplete data unless someone said so (a waiver, an accepted self-score).
        // Reopening a decided period towards a correction is checked again when the council approves.
        if (target == PeriodState.CouncilReview && period.State < PeriodState.CouncilReview)
        {
            return (await CompletenessCheck.ReadAsync(db, period.Id, ct)).Refusal;
        }

        return null;
    }
}

public sealed class ChangePeriodStateValidator : AbstractValidator<ChangePeriodState>
{
    public ChangePeriodStateValidator()
    {
        RuleFor(c => c.Target).IsInEnum().WithMessage(_ => WorkflowMessages.NotNextStep);
        RuleFor(c => c.Reason).MaximumLength(Domain.Common.TextLimits.Reason).WithMessage(_ => FieldMessages.ReasonTooLong);
    }
}
