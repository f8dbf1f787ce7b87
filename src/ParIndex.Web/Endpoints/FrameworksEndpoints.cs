using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Frameworks;

namespace ParIndex.Web.Endpoints;

/// <summary>Criteria frameworks: the same handlers the pages under /frameworks call.</summary>
public static class FrameworksEndpoints
{
    public static IEndpointRouteBuilder MapFrameworksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/frameworks").WithTags("Frameworks").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<IReadOnlyList<FrameworkListItem>>> (ListFrameworksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListFrameworks(), ct)))
            .WithName("ListFrameworks").WithSummary("Lists the criteria frameworks with their size and the years that use them.");

        group.MapGet("/{id:guid}", async Task<Ok<FrameworkDetails>> (Guid id, GetFrameworkHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetFramework(id), ct)))
            .WithName("GetFramework").WithSummary("One framework's tree in reading order, with the findings of its structure checks.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
