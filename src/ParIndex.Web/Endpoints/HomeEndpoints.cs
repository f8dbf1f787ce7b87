using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Home;

namespace ParIndex.Web.Endpoints;

/// <summary>The signed-in person and their home page: the same handlers the Blazor pages call.</summary>
public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Home").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/me", async Task<Ok<Me>> (GetMeHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetMe(), ct)))
            .WithName("GetMe").WithSummary("Who is signed in: name, roles and unit.");

        group.MapGet("/home/summary", async Task<Ok<HomeSummary>> (GetHomeSummaryHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetHomeSummary(), ct)))
            .WithName("GetHomeSummary").WithSummary("The home page's figures for each role the caller holds.");
        return app;
    }
}
