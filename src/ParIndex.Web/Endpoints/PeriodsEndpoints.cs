using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Periods;

namespace ParIndex.Web.Endpoints;

/// <summary>Evaluation periods' settings: the same handlers the page /admin/periods calls.</summary>
public static class PeriodsEndpoints
{
    public static IEndpointRouteBuilder MapPeriodsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods").WithTags("Periods").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<IReadOnlyList<PeriodSettings>>> (ListPeriodsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListPeriods(), ct)))
            .WithName("ListPeriods").WithSummary("Lists the periods with each block's framework and classification bands.");

        group.MapPost("/", async Task<Created<CreatedResource>> (CreatePeriod request, CreatePeriodHandler handler, CancellationToken ct) =>
                TypedResults.Created((string?)null, new CreatedResource(await handler.HandleAsync(request, ct))))
            .WithName("CreatePeriod").WithSummary("Creates a draft period, optionally starting from another period's frameworks and bands.")
            .ProducesValidationProblem();

        group.MapPut("/{id:guid}/bands", async Task<NoContent> (Guid id, SetPeriodBands request, SetPeriodBandsHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { PeriodId = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("SetPeriodBands").WithSummary("Sets a block's classification bands (refused once the period is approved).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/frameworks", async Task<NoContent> (Guid id, AssignFramework request, AssignFrameworkHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { PeriodId = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("AssignFramework").WithSummary("Chooses a block's framework while the period is a draft.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
