using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Results;

namespace ParIndex.Web.Endpoints;

/// <summary>Results of a period per block, with the change since the previous published year.</summary>
public static class ResultsEndpoints
{
    public static IEndpointRouteBuilder MapResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}/blocks/{blockId:guid}").WithTags("Results").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/ranking", async Task<Ok<BlockRanking>> (Guid periodId, Guid blockId, GetBlockRankingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetBlockRanking(periodId, blockId), ct)))
            .WithName("GetBlockRanking")
            .WithSummary("Score, class and rank of each unit of a block, with the change since the previous published year (merges followed).");

        app.MapGet("/api/periods/{periodId:guid}/units/{unitId:guid}/scorecard",
                async Task<Ok<UnitScorecard>> (Guid periodId, Guid unitId, GetUnitScorecardHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.HandleAsync(new GetUnitScorecard(periodId, unitId), ct)))
            .WithTags("Results").RequireAuthorization().WithName("GetUnitScorecard")
            .WithSummary("A unit's result recomputed leaf by leaf: domains, and every lost point with its rule, figures and reason.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
