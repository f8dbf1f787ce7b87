using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Appraisal;
using ParIndex.Domain.Assessments;

namespace ParIndex.Web.Endpoints;

/// <summary>Appraisal (thẩm định) and explanations (giải trình): the same handlers the /appraisal and /explanation pages call.</summary>
public static class AppraisalEndpoints
{
    public sealed record ScoreBody(AppraisalRound Round, decimal Score, string? Comment, Guid? ConcurrencyStamp);

    public sealed record AcceptBody(AppraisalRound Round, string? Comment, Guid? ConcurrencyStamp);

    public sealed record QuestionBody(string? Question);

    /// <summary>Named apart from the self-assessment's AnswerBody: OpenAPI keys schemas by name, and one hid the other (issue 16.8).</summary>
    public sealed record ExplanationAnswerBody(string Answer, Guid ConcurrencyStamp);

    public sealed record AssignmentBody(Guid InspectorUserId, Guid? UnitId, Guid? DomainNodeId);

    public sealed record BulkAssignmentBody(Guid InspectorUserId, IReadOnlyList<Guid> UnitIds);

    public static IEndpointRouteBuilder MapAppraisalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Appraisal").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/appraisal/queue", async Task<Ok<AppraisalQueue>> (Guid? periodId, GetAppraisalQueueHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetAppraisalQueue(periodId), ct)))
            .WithName("GetAppraisalQueue").WithSummary("The inspector's assigned units with state and progress; every unit for Home Affairs, the council and leaders.");

        group.MapGet("/periods/{periodId:guid}/units/{unitId:guid}/appraisal", async Task<Ok<AppraisalView>> (Guid periodId, Guid unitId,
                GetAppraisalHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new GetAppraisal(periodId, unitId), ct)))
            .WithName("GetAppraisal")
            .WithSummary("A unit's self-assessment beside both appraisal rounds and the explanations; units see scores only once round 1 is released.");

        group.MapPut("/assessments/{assessmentId:guid}/appraisal/{nodeId:guid}", async Task<Ok<AppraisedCriterion>> (Guid assessmentId, Guid nodeId,
                ScoreBody body, AppraiseCriterionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AppraiseCriterion(assessmentId, nodeId, body.Round, body.Score, body.Comment, body.ConcurrencyStamp), ct)))
            .WithName("AppraiseCriterion")
            .WithSummary("An assigned inspector scores one criterion in the open round; a reason is required when points are taken away. 409 names who saved first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/assessments/{assessmentId:guid}/appraisal/{nodeId:guid}/accept-self-score", async Task<Ok<AppraisedCriterion>> (Guid assessmentId,
                Guid nodeId, AcceptBody body, AcceptSelfScoreHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AcceptSelfScore(assessmentId, nodeId, body.Round, body.Comment, body.ConcurrencyStamp), ct)))
            .WithName("AcceptSelfScore")
            .WithSummary("An assigned inspector accepts the unit's own score for one criterion in the open round, at its full precision. 409 names who saved first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/assessments/{assessmentId:guid}/questions/{nodeId:guid}", async Task<NoContent> (Guid assessmentId, Guid nodeId, QuestionBody body,
                AskForExplanationHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new AskForExplanation(assessmentId, nodeId, body.Question), ct);
                return TypedResults.NoContent();
            })
            .WithName("AskForExplanation").WithSummary("During round 1, asks the unit to explain one criterion (an empty question withdraws it).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/assessments/{assessmentId:guid}/explanations/{nodeId:guid}", async Task<Ok<AnsweredExplanation>> (Guid assessmentId, Guid nodeId,
                ExplanationAnswerBody body, AnswerExplanationHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AnswerExplanation(assessmentId, nodeId, body.Answer, body.ConcurrencyStamp), ct)))
            .WithName("AnswerExplanation").WithSummary("The unit answers a question while the explanation round is open and before its deadline.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/periods/{periodId:guid}/assignments", async Task<Ok<AssignmentBoard>> (Guid periodId, ListAssignmentsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListAssignments(periodId), ct)))
            .WithName("ListAssignments").WithSummary("Who appraises which unit or domain in a period.");

        group.MapPost("/periods/{periodId:guid}/assignments", async Task<Created<Guid>> (Guid periodId, AssignmentBody body, AssignInspectorHandler handler,
                CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(new AssignInspector(periodId, body.InspectorUserId, body.UnitId, body.DomainNodeId), ct);
                return TypedResults.Created($"/api/periods/{periodId}/assignments/{id}", id);
            })
            .WithName("AssignInspector").WithSummary("The administrator assigns an inspector a unit, or a domain for every unit of a block.")
            .ProducesValidationProblem();

        group.MapDelete("/assignments/{assignmentId:guid}", async Task<NoContent> (Guid assignmentId, RemoveAssignmentHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new RemoveAssignment(assignmentId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveAssignment").WithSummary("Ends an assignment; scores already given stay.");

        group.MapPost("/periods/{periodId:guid}/assignments/units", async Task<Ok<BulkAssignmentResult>> (Guid periodId, BulkAssignmentBody body,
                AssignInspectorToUnitsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AssignInspectorToUnits(periodId, body.InspectorUserId, body.UnitIds), ct)))
            .WithName("AssignInspectorToUnits")
            .WithSummary("The administrator assigns one inspector many units at once; all or nothing: the inspector's own unit or a unit outside the period is named and nothing is saved.")
            .ProducesValidationProblem();

        group.MapPost("/periods/{periodId:guid}/assignments/units/removal", async Task<Ok<int>> (Guid periodId, BulkAssignmentBody body,
                UnassignInspectorFromUnitsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new UnassignInspectorFromUnits(periodId, body.InspectorUserId, body.UnitIds), ct)))
            .WithName("UnassignInspectorFromUnits").WithSummary("Ends one inspector's assignments to the chosen units; answers how many ended.")
            .ProducesValidationProblem();

        group.MapGet("/periods/{periodId:guid}/assignments/load", async Task<Ok<IReadOnlyList<InspectorLoad>>> (Guid periodId, GetInspectorLoadHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new GetInspectorLoad(periodId), ct)))
            .WithName("GetInspectorLoad").WithSummary("Per inspector: units and criteria to appraise in the period, and how many criteria are done.");
        return app;
    }
}
