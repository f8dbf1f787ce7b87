using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Improvement;
using ParIndex.Domain.Improvement;

namespace ParIndex.Web.Endpoints;

/// <summary>Improvement plans (lộ trình khắc phục) and the what-if: the same handlers the /improvement pages and the scorecard call.</summary>
public static class ImprovementEndpoints
{
    public sealed record TaskBody(string Title, string? Action, string Owner, DateOnly DueDate, Guid ConcurrencyStamp);

    public sealed record StatusBody(ImprovementStatus Status, Guid ConcurrencyStamp);

    public sealed record NoteBody(string Text);

    public sealed record StampResponse(Guid ConcurrencyStamp);

    public sealed record WhatIfBody(IReadOnlyList<Guid> FixedCriterionIds);

    public static IEndpointRouteBuilder MapImprovementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/improvement").WithTags("Improvement").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/units/{unitId:guid}", async Task<Ok<ImprovementPlan>> (Guid unitId, Guid? periodId, GetImprovementPlanHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetImprovementPlan(unitId, periodId), ct)))
            .WithName("GetImprovementPlan")
            .WithSummary("A unit's improvement plan for a decided period (the latest by default), with its lost points and which have a task.");

        group.MapGet("/overview", async Task<Ok<ImprovementOverview>> (Guid? periodId, Guid? blockId, GetImprovementOverviewHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetImprovementOverview(periodId, blockId), ct)))
            .WithName("GetImprovementOverview")
            .WithSummary("Every unit's plan progress in a decided period, optionally one block: tasks, done, overdue today, percent done.");

        group.MapPost("/tasks", async Task<Created<CreatedResource>> (CreateImprovementTask request, CreateImprovementTaskHandler handler, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/improvement/units/{request.UnitId}?periodId={request.PeriodId}", new CreatedResource(id));
            })
            .WithName("CreateImprovementTask")
            .WithSummary("The unit adds a task for one of its lost points (criterionId) or with a free title, in a period the council decided.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/tasks/{id:guid}", async Task<Ok<StampResponse>> (Guid id, TaskBody body, UpdateImprovementTaskHandler handler, CancellationToken ct) =>
                TypedResults.Ok(new StampResponse(await handler.HandleAsync(
                    new UpdateImprovementTask(id, body.Title, body.Action, body.Owner, body.DueDate, body.ConcurrencyStamp), ct))))
            .WithName("UpdateImprovementTask").WithSummary("Changes a task's title, action, owner or due date.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/tasks/{id:guid}/status", async Task<Ok<StampResponse>> (Guid id, StatusBody body, ChangeImprovementStatusHandler handler,
                CancellationToken ct) =>
                TypedResults.Ok(new StampResponse(await handler.HandleAsync(new ChangeImprovementStatus(id, body.Status, body.ConcurrencyStamp), ct))))
            .WithName("ChangeImprovementStatus")
            .WithSummary("Moves a task forward (1 not started → 2 in progress → 3 done) or reopens a done one; overdue (4) follows from the due date.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/tasks/{id:guid}/notes", async Task<NoContent> (Guid id, NoteBody body, AddImprovementNoteHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new AddImprovementNote(id, body.Text), ct);
                return TypedResults.NoContent();
            })
            .WithName("AddImprovementNote").WithSummary("Adds a dated progress note, signed with the writer's name.")
            .ProducesValidationProblem();

        group.MapDelete("/tasks/{id:guid}", async Task<NoContent> (Guid id, Guid concurrencyStamp, DeleteImprovementTaskHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new DeleteImprovementTask(id, concurrencyStamp), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteImprovementTask").WithSummary("Removes a task and its notes (the stamp last read goes in the query string).")
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/periods/{periodId:guid}/units/{unitId:guid}/what-if", async Task<Ok<WhatIfProjection>> (Guid periodId, Guid unitId, WhatIfBody body,
                WhatIfImprovementHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new WhatIfImprovement(periodId, unitId, body.FixedCriterionIds ?? []), ct)))
            .WithTags("Improvement").RequireAuthorization().WithName("WhatIfImprovement")
            .WithSummary("The unit's index, class and rank in its block had it earned the full points of the chosen lost criteria. Nothing is saved.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
