using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Surveys.Sipas;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// Citizens' SIPAS links: Home Affairs makes and follows them under <c>/api/surveys/{id}/sipas</c> (signed in); anyone
/// with a link answers under <c>/api/sipas/{code}</c> (no sign-in, rate limited per address like the survey form). The
/// same handlers as the survey page's SIPAS panel and the /sipas/{code} form.
/// </summary>
public static class SipasEndpoints
{
    public sealed record SipasLinkBody(Guid GroupId, Guid UnitId, int Population, decimal Margin);

    public sealed record SipasPopulationBody(int Population, decimal Margin);

    public sealed record SipasAnswersBody(string BrowserToken, IReadOnlyList<SipasAnswer> Answers);

    public static IEndpointRouteBuilder MapSipasEndpoints(this IEndpointRouteBuilder app)
    {
        var manage = app.MapGroup("/api/surveys/{id:guid}/sipas").WithTags("Surveys").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        manage.MapGet("/", async Task<Ok<IReadOnlyList<SipasLinkRow>>> (Guid id, ListSipasLinksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListSipasLinks(id), ct)))
            .WithName("ListSipasLinks").WithSummary("Each service point's public SIPAS link: N, e, the quota n and the answers received.");

        manage.MapPost("/", async Task<Ok<SipasLinkCreated>> (Guid id, SipasLinkBody body, CreateSipasLinkHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new CreateSipasLink(id, body.GroupId, body.UnitId, body.Population, body.Margin), ct)))
            .WithName("CreateSipasLink").WithSummary("A public SIPAS link for a unit with the quota n = N / (1 + N·e²), rounded up.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        manage.MapPut("/{linkId:guid}", async Task<Ok<int>> (Guid id, Guid linkId, SipasPopulationBody body, ChangeSipasPopulationHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new ChangeSipasPopulation(id, linkId, body.Population, body.Margin), ct)))
            .WithName("ChangeSipasPopulation").WithSummary("Corrects N or e; returns the new quota (never below the answers received).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var form = app.MapGroup("/api/sipas/{code}").WithTags("Survey form").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);

        form.MapGet("/", async Task<Ok<SipasForm>> (string code, GetSipasFormHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetSipasForm(code), ct)))
            .WithName("GetSipasForm").WithSummary("The citizens' form of a service point; why it takes no answer, when it does not.");

        form.MapPost("/", async Task<NoContent> (string code, SipasAnswersBody body, SubmitSipasAnswersHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new SubmitSipasAnswers(code, body.BrowserToken, body.Answers ?? []), ct);
                return TypedResults.NoContent();
            })
            .WithName("SubmitSipasAnswers").WithSummary("One answer per browser token, every question answered, until the quota is reached.")
            .ProducesValidationProblem();

        return app;
    }
}
