using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Users;

namespace ParIndex.Web.Endpoints;

/// <summary>User accounts administration: the same handlers the page /admin/users calls.</summary>
public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<IReadOnlyList<UserAccount>>> (ListUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListUsers(), ct)))
            .WithName("ListUsers").WithSummary("Lists the accounts with their role and unit (administrators only).");

        group.MapPost("/", async Task<Created<CreatedResource>> (CreateUser request, CreateUserHandler handler, CancellationToken ct) =>
                TypedResults.Created((string?)null, new CreatedResource(await handler.HandleAsync(request, ct))))
            .WithName("CreateUser").WithSummary("Creates an account with one role and, for agency roles, a unit.")
            .ProducesValidationProblem();

        group.MapPut("/{id:guid}", async Task<NoContent> (Guid id, UpdateUser request, UpdateUserHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("UpdateUser").WithSummary("Changes an account's name, role, unit or active flag.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/password", async Task<NoContent> (Guid id, ResetPassword request, ResetPasswordHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetPassword").WithSummary("Sets a new password; the person's open sessions end.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/disable", async Task<NoContent> (Guid id, DisableUser request, DisableUserHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(request with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableUser").WithSummary("Disables an account and ends its open sessions.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
