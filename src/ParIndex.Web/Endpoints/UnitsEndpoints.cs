using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Units;

namespace ParIndex.Web.Endpoints;

/// <summary>Blocks and units administration: the same handlers the pages under /admin/units call.</summary>
public static class UnitsEndpoints
{
    public static IEndpointRouteBuilder MapBlocksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/blocks").WithTags("Blocks").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<IReadOnlyList<BlockItem>>> (ListBlocksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListBlocks(), ct)))
            .WithName("ListBlocks").WithSummary("Lists the blocks with their count of active units.");

        group.MapPost("/", async Task<Created<CreatedResource>> (CreateBlock request, CreateBlockHandler handler, CancellationToken ct) =>
                TypedResults.Created((string?)null, new CreatedResource(await handler.HandleAsync(request, ct))))
            .WithName("CreateBlock").WithSummary("Creates a block (administrators only).").ProducesValidationProblem();

        group.MapPut("/{id:guid}", async Task<NoContent> (Guid id, UpdateBlock request, UpdateBlockHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("UpdateBlock").WithSummary("Renames a block, sets whether it is ranked and its order.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static IEndpointRouteBuilder MapUnitsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/units").WithTags("Units").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<IReadOnlyList<UnitListItem>>> (Guid? blockId, bool? active, string? search,
                    ListUnitsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListUnits(blockId, active, search), ct)))
            .WithName("ListUnits").WithSummary("Lists units, filtered by block, active flag and text.");

        group.MapGet("/{id:guid}", async Task<Ok<UnitDetails>> (Guid id, GetUnitHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetUnit(id), ct)))
            .WithName("GetUnit").WithSummary("Gets a unit with its merge history.").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<CreatedUnit>> (CreateUnit request, CreateUnitHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/units/{created.Id}", created);
            })
            .WithName("CreateUnit")
            .WithSummary("Creates a unit in a block (administrators only); warnings name open periods in which it gets no assessment.")
            .ProducesValidationProblem();

        group.MapPut("/{id:guid}/name", async Task<NoContent> (Guid id, RenameUnit request, RenameUnitHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("RenameUnit").WithSummary("Renames an active unit.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/block", async Task<NoContent> (Guid id, MoveUnitToBlock request, MoveUnitToBlockHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("MoveUnitToBlock").WithSummary("Moves an active unit to another block.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/merge", async Task<Created<CreatedResource>> (Guid id, MergeUnits request, MergeUnitsHandler handler, CancellationToken ct) =>
            {
                var mergeId = await handler.HandleAsync(request with { SourceUnitId = id }, ct);
                return TypedResults.Created($"/api/units/{id}", new CreatedResource(mergeId));
            })
            .WithName("MergeUnits")
            .WithSummary("Merges this unit into another, irreversibly; its history is kept. A unit with an assessment in an open period is "
                + "merged only with acknowledgeOpenAssessment: that assessment is closed with the reason (see GetMergeImpact).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}/merge-impact", async Task<Ok<MergeImpact>> (Guid id, GetMergeImpactHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetMergeImpact(id), ct)))
            .WithName("GetMergeImpact").WithSummary("The warning to read before merging: the unit's assessments in periods still open, which the merge closes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapBulkMergesEndpoints();
        return app;
    }
}
