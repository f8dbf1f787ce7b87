using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// What is incomplete in a period before the council decides, and the explicit acts that resolve it: accepting the
/// remaining self-scores, waiving missing survey data, the framework's rule for a missing survey result.
/// </summary>
public static class CompletenessEndpoints
{
    public sealed record AcceptRemainingBody(Guid? UnitId, Guid? BlockId);

    public sealed record WaiverBody(Guid? NodeId, string Reason);

    public sealed record MissingSurveyRuleBody(MissingSurveyRule Rule, Guid ConcurrencyStamp);

    public static IEndpointRouteBuilder MapCompletenessEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("Completeness").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/completeness", async Task<Ok<PeriodCompleteness>> (Guid periodId, GetPeriodCompletenessHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetPeriodCompleteness(periodId), ct)))
            .WithName("GetPeriodCompleteness")
            .WithSummary("Units that never submitted, criteria no inspector appraised, questions not answered, survey and sector data missing per unit and criterion, waivers; and what refuses the council's step.");

        group.MapPost("/accept-remaining-self-scores", async Task<Ok<AcceptedRemaining>> (Guid periodId, AcceptRemainingBody body,
                AcceptRemainingSelfScoresHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AcceptRemainingSelfScores(periodId, body.UnitId, body.BlockId), ct)))
            .WithName("AcceptRemainingSelfScores")
            .WithSummary("Chấp nhận điểm tự đánh giá cho các tiêu chí còn lại: a unit's (or a block's) unappraised criteria take the self-score as this round's appraisal; audited with the count.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/survey-waivers", async Task<Ok<SurveyWaiverView>> (Guid periodId, WaiverBody body, RecordSurveyWaiverHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new RecordSurveyWaiver(periodId, body.NodeId, body.Reason), ct)))
            .WithName("RecordSurveyWaiver")
            .WithSummary("The administrator decides the period without survey results (every survey criterion, or the one named), with a reason the scorecard and annex print.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/survey-waivers/{waiverId:guid}", async Task<NoContent> (Guid periodId, Guid waiverId, WithdrawSurveyWaiverHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new WithdrawSurveyWaiver(periodId, waiverId), ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawSurveyWaiver").WithSummary("Takes a survey waiver back before the council approves.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPut("/api/frameworks/{frameworkId:guid}/missing-survey-rule", async Task<NoContent> (Guid frameworkId, MissingSurveyRuleBody body,
                SetMissingSurveyRuleHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new SetMissingSurveyRule(frameworkId, body.Rule, body.ConcurrencyStamp), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Frameworks").RequireAuthorization().WithName("SetMissingSurveyRule")
            .WithSummary("What a missing survey result counts as in a draft framework: Required (default; approval waits), NotEvaluated or Zero.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
