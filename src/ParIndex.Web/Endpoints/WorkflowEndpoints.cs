using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Periods;

namespace ParIndex.Web.Endpoints;

/// <summary>A period's steps from self-assessment to the council's approval: the same handlers the workflow page calls.</summary>
public static class WorkflowEndpoints
{
    public sealed record StepBody(PeriodState Target, string? Reason, DateTime? ExplanationDeadlineVietnam, Guid ConcurrencyStamp);

    public sealed record ApprovalBody(DateOnly MeetingDate, string DecisionNumber, DateOnly DecisionDate, int Members, int InFavour, string? Notes, Guid ConcurrencyStamp,
        int? Present = null);

    public sealed record CouncilRulesBody(int QuorumPercent, int MajorityPercent, Guid ConcurrencyStamp);

    public sealed record ReleaseBody(bool Released, Guid ConcurrencyStamp);

    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("Workflow").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/workflow", async Task<Ok<PeriodWorkflow>> (Guid periodId, GetPeriodWorkflowHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetPeriodWorkflow(periodId), ct)))
            .WithName("GetPeriodWorkflow").WithSummary("The period's state, the steps possible next, unit states and the history of moves.");

        group.MapPost("/state", async Task<NoContent> (Guid periodId, StepBody body, ChangePeriodStateHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new ChangePeriodState(periodId, body.Target, body.Reason, body.ExplanationDeadlineVietnam, body.ConcurrencyStamp), ct);
                return TypedResults.NoContent();
            })
            .WithName("ChangePeriodState")
            .WithSummary("The administrator moves the period one step; reopening needs a reason; opening explanations needs their deadline (Vietnam time).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/approval", async Task<Ok<ApprovedResults>> (Guid periodId, ApprovalBody body, ApproveResultsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ApproveResults(periodId, body.MeetingDate, body.DecisionNumber, body.DecisionDate, body.Members,
                    body.InFavour, body.Notes, body.ConcurrencyStamp, body.Present), ct)))
            .WithName("ApproveResults")
            .WithSummary("The council records its decision under the period's quorum and majority (default: more than half of the members in favour); every unit's index, class and rank are decided in the same save.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/council-rules", async Task<Ok<Guid>> (Guid periodId, CouncilRulesBody body, SetCouncilRulesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new SetCouncilRules(periodId, body.QuorumPercent, body.MajorityPercent, body.ConcurrencyStamp), ct)))
            .WithName("SetCouncilRules")
            .WithSummary("The administrator sets the council's quorum and majority (percent of members, strictly more than) before it decides; returns the new version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/round1-release", async Task<NoContent> (Guid periodId, ReleaseBody body, ReleaseRound1ResultsHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new ReleaseRound1Results(periodId, body.Released, body.ConcurrencyStamp), ct);
                return TypedResults.NoContent();
            })
            .WithName("ReleaseRound1Results").WithSummary("Lets units see (or stops them seeing) their round-1 appraisal.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
