using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// Home Affairs' administrator decides the period goes on without survey results — for every survey criterion, or the
/// one named — and says why. The waived leaves are not evaluated; the scorecard and the ranking annex print the line
/// "Miễn số liệu khảo sát: …". Possible until the council approves; audited.
/// </summary>
public sealed record RecordSurveyWaiver(Guid PeriodId, Guid? NodeId, string Reason);

public sealed class RecordSurveyWaiverHandler(IParIndexDbFactory dbFactory, IValidator<RecordSurveyWaiver> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.waived";

    public async Task<SurveyWaiverView> HandleAsync(RecordSurveyWaiver request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Stewards);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        if (AppraisalRules.RefusalForData(period) is { } refusal)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(EvaluationPeriod), period.Id, refusal, ct);
        }

        string? code = null;
        if (request.NodeId is { } nodeId)
        {
            var frameworkIds = period.Frameworks.Select(f => f.FrameworkId).ToList();
            var node = await db.FrameworkNodes.AsNoTracking()
                .SingleOrDefaultAsync(n => n.Id == nodeId && n.Method == AssessmentMethod.Survey && frameworkIds.Contains(n.FrameworkId), ct);
            code = node?.Code ?? throw new ValidationException([new ValidationFailure(nameof(request.NodeId), WorkflowMessages.NotASurveyCriterion)]);
        }

        if (await db.SurveyWaivers.AnyAsync(w => w.PeriodId == period.Id && w.NodeId == request.NodeId, ct))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.NodeId), WorkflowMessages.WaiverExists)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var waiver = new SurveyWaiver(period.Id, request.NodeId, request.Reason, user.UserId!.Value, now);
        db.SurveyWaivers.Add(waiver);
        db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, null, new { WaiverId = waiver.Id, waiver.NodeId, Criterion = code, waiver.Reason });
        await db.SaveChangesAsync(ct);
        return new SurveyWaiverView(waiver.Id, waiver.NodeId, code, waiver.Reason, now, Results.MissingSurveyText.WaiverLine(code, waiver.Reason));
    }
}

public sealed class RecordSurveyWaiverValidator : AbstractValidator<RecordSurveyWaiver>
{
    public RecordSurveyWaiverValidator()
    {
        RuleFor(w => w.Reason).NotEmpty().WithMessage(_ => WorkflowMessages.WaiverReasonRequired)
            .MaximumLength(SurveyWaiver.MaxReasonLength).WithMessage(_ => FieldMessages.ReasonTooLong);
    }
}
