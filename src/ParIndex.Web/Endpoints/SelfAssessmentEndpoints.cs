using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Web.Endpoints;

/// <summary>A unit's self-assessment: the same handlers the /self-assessment page calls.</summary>
public static class SelfAssessmentEndpoints
{
    public sealed record AnswerBody(IReadOnlyDictionary<string, string?> Values, string? Explanation, Guid? ConcurrencyStamp);

    public sealed record ReportBody(string? Difficulties, string? Recommendations, Guid ConcurrencyStamp);

    public sealed record SubmissionBody(Guid ConcurrencyStamp);

    public sealed record ExtensionBody(DateTime NewDeadlineVietnam, string Reason);

    public sealed record ReasonBody(string Reason, Guid ConcurrencyStamp);

    public static IEndpointRouteBuilder MapSelfAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/self-assessments").WithTags("Self-assessment").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/mine", async Task<Ok<SelfAssessmentView>> (Guid? periodId, GetSelfAssessmentHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetSelfAssessment(periodId), ct)))
            .WithName("GetMySelfAssessment")
            .WithSummary("The caller's own unit's self-assessment in the given period, or in the latest period open to units.");

        app.MapGet("/api/periods/{periodId:guid}/units/{unitId:guid}/self-assessment",
                async Task<Ok<SelfAssessmentView>> (Guid periodId, Guid unitId, GetSelfAssessmentHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.HandleAsync(new GetSelfAssessment(periodId, unitId), ct)))
            .WithTags("Self-assessment").RequireAuthorization().WithName("GetSelfAssessment")
            .WithSummary("A unit's self-assessment: criteria by domain with figures, self-scores, evidence, totals and the submission checklist.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/answers/{nodeId:guid}", async Task<Ok<SavedAnswer>> (Guid id, Guid nodeId, AnswerBody body,
                SaveAnswerHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new SaveAnswer(id, nodeId, body.Values, body.Explanation, body.ConcurrencyStamp), ct)))
            .WithName("SaveAnswer")
            .WithSummary("Saves the figures and explanation of one criterion; returns its points, the new version and the totals. 409 when someone saved it first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}/report", async Task<Ok<Guid>> (Guid id, ReportBody body, SaveReportHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new SaveReport(id, body.Difficulties, body.Recommendations, body.ConcurrencyStamp), ct)))
            .WithName("SaveSelfAssessmentReport").WithSummary("Saves the report's difficulties and recommendations; returns the new version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/submission", async Task<Ok<DateTime>> (Guid id, SubmissionBody body, SubmitSelfAssessmentHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new SubmitSelfAssessment(id, body.ConcurrencyStamp), ct)))
            .WithName("SubmitSelfAssessment")
            .WithSummary("The unit leader submits; afterwards the self-assessment is read-only. Exactly once: repeats get 409 or 422.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/extension", async Task<Ok<DateTime>> (Guid id, ExtensionBody body, GrantExtensionHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new GrantExtension(id, body.NewDeadlineVietnam, body.Reason), ct)))
            .WithName("GrantSelfAssessmentExtension")
            .WithSummary("An inspector extends one unit's deadline (Vietnam time) with a reason; returns the new deadline in UTC.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/withdrawal", async Task<Ok<Guid>> (Guid id, ReasonBody body, WithdrawSubmissionHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new WithdrawSubmission(id, body.Reason, body.ConcurrencyStamp), ct)))
            .WithName("WithdrawSelfAssessment")
            .WithSummary("The unit's leader takes its submission back before the deadline, with a reason; its inspectors are told. Returns the new version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/return", async Task<Ok<Guid>> (Guid id, ReasonBody body, ReturnSubmissionHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new ReturnSubmission(id, body.Reason, body.ConcurrencyStamp), ct)))
            .WithName("ReturnSelfAssessment")
            .WithSummary("Home Affairs sends a unit's submission back for completion before the deadline, with a reason; the unit is told. Returns the new version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
