using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.NotApplicable;

namespace ParIndex.Web.Endpoints;

/// <summary>"Không đánh giá" decided per unit and criterion by Home Affairs (or an inspector within their assignment).</summary>
public static class NotApplicableEndpoints
{
    public sealed record MarkBody(IReadOnlyList<Guid> UnitIds, IReadOnlyList<string> CriterionCodes, string Reason);

    public static IEndpointRouteBuilder MapNotApplicableEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("NotApplicable").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/not-applicable", async Task<Ok<NotApplicableOverview>> (Guid periodId, ListNotApplicableHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListNotApplicable(periodId), ct)))
            .WithName("ListNotApplicable").WithSummary("The period's \"không đánh giá\" decisions, with the units and criteria the caller may decide for.");

        group.MapPost("/not-applicable", async Task<Ok<NotApplicableChanged>> (Guid periodId, MarkBody body, MarkNotApplicableHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new MarkNotApplicable(periodId, body.UnitIds ?? [], body.CriterionCodes ?? [], body.Reason), ct)))
            .WithName("MarkNotApplicable")
            .WithSummary("Marks criteria (by code; a criterion group means its leaves) \"không đánh giá\" for the units, with a reason, until the council approves.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/units/{unitId:guid}/not-applicable/{criterionCode}",
                async Task<Ok<NotApplicableChanged>> (Guid periodId, Guid unitId, string criterionCode, UndoNotApplicableHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.HandleAsync(new UndoNotApplicable(periodId, [unitId], [criterionCode]), ct)))
            .WithName("UndoNotApplicable").WithSummary("Takes back a \"không đánh giá\" decision for one unit's criterion, until the council approves.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
