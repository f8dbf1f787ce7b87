using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Surveys;
using ParIndex.Domain.Surveys;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// The online survey: Home Affairs' design, invitations, progress and results under <c>/api/surveys</c> (signed in), and
/// the respondent's form under <c>/api/survey-form/{code}</c> (no sign-in: the code is the key, rate limited per address).
/// The same handlers as the /surveys pages and the /survey/{code} form.
/// </summary>
public static class SurveysEndpoints
{
    public sealed record QuestionBody(string CriterionCode, string Text);

    public sealed record GroupBody(string Name, IReadOnlyList<Guid> RatedBlockIds);

    public sealed record ScoringBody(GroupAveraging Averaging, int MinimumAnswers, IReadOnlyList<AnswerOption>? Options);

    public sealed record OpenBody(DateTime OpensAtUtc, DateTime ClosesAtUtc);

    public sealed record InvitationsBody(Guid GroupId, int Count, IReadOnlyList<string>? Labels);

    public sealed record AnswersBody(IReadOnlyList<SurveyAnswer> Answers);

    public static IEndpointRouteBuilder MapSurveysEndpoints(this IEndpointRouteBuilder app)
    {
        MapManagement(app);
        MapRespondent(app);
        app.MapSipasEndpoints();
        app.MapSurveyExportsEndpoints();
        return app;
    }

    private static void MapManagement(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/surveys").WithTags("Surveys").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<SurveySummary>>> (Guid periodId, ListSurveysHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListSurveys(periodId), ct)))
            .WithName("ListSurveys").WithSummary("The online surveys of a period.");

        group.MapPost("/", async Task<Created<CreatedResource>> (CreateSurvey request, CreateSurveyHandler handler, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/surveys/{id}", new CreatedResource(id));
            })
            .WithName("CreateSurvey").WithSummary("Starts a draft survey for a period (options A/B/C/D = 100/60/20/0 % and \"don't know\").")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<SurveyView>> (Guid id, GetSurveyHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetSurvey(id), ct)))
            .WithName("GetSurvey").WithSummary("Design and progress: response rate per group, ballots per unit.");

        group.MapPost("/{id:guid}/questions", (Guid id, QuestionBody body, ChangeSurveyDesignHandler handler, CancellationToken ct) =>
                Design(handler, new AddSurveyQuestion(id, body.CriterionCode, body.Text), ct))
            .WithName("AddSurveyQuestion").WithSummary("Adds a question mapped to a survey criterion code (draft only).").ProducesValidationProblem();

        group.MapDelete("/{id:guid}/questions/{questionId:guid}", (Guid id, Guid questionId, ChangeSurveyDesignHandler handler, CancellationToken ct) =>
                Design(handler, new RemoveSurveyQuestion(id, questionId), ct))
            .WithName("RemoveSurveyQuestion").WithSummary("Removes a question (draft only).");

        group.MapPost("/{id:guid}/groups", (Guid id, GroupBody body, ChangeSurveyDesignHandler handler, CancellationToken ct) =>
                Design(handler, new AddRespondentGroup(id, body.Name, body.RatedBlockIds ?? []), ct))
            .WithName("AddRespondentGroup").WithSummary("Adds a respondent group and the blocks whose units it rates (draft only).").ProducesValidationProblem();

        group.MapDelete("/{id:guid}/groups/{groupId:guid}", (Guid id, Guid groupId, ChangeSurveyDesignHandler handler, CancellationToken ct) =>
                Design(handler, new RemoveRespondentGroup(id, groupId), ct))
            .WithName("RemoveRespondentGroup").WithSummary("Removes a respondent group (draft only).");

        group.MapPut("/{id:guid}/scoring", (Guid id, ScoringBody body, ChangeSurveyDesignHandler handler, CancellationToken ct) =>
                Design(handler, new SetSurveyScoring(id, body.Averaging, body.MinimumAnswers, body.Options), ct))
            .WithName("SetSurveyScoring").WithSummary("How groups combine, the fewest answers per unit, and optionally the options with weights (draft only).")
            .ProducesValidationProblem();

        group.MapPost("/{id:guid}/open", async Task<NoContent> (Guid id, OpenBody body, OpenSurveyHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new OpenSurvey(id, body.OpensAtUtc, body.ClosesAtUtc), ct);
                return TypedResults.NoContent();
            })
            .WithName("OpenSurvey").WithSummary("Opens the survey between two moments (UTC); the design is fixed from then on.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/close", async Task<NoContent> (Guid id, CloseSurveyHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new CloseSurvey(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("CloseSurvey").WithSummary("Closes an open survey for good.").ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/invitations", async Task<Ok<IReadOnlyList<InvitationRow>>> (Guid id, Guid? groupId, ListInvitationsHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new ListInvitations(id, groupId), ct)))
            .WithName("ListSurveyInvitations").WithSummary("The printable list of codes with who each went to and whether it was used (never answers).");

        group.MapPost("/{id:guid}/invitations", async Task<Ok<IReadOnlyList<string>>> (Guid id, InvitationsBody body, IssueInvitationsHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new IssueInvitations(id, body.GroupId, body.Count, body.Labels), ct)))
            .WithName("IssueSurveyInvitations").WithSummary("New one-time codes for a group: one per label, or count unlabelled ones.").ProducesValidationProblem();

        group.MapPost("/{id:guid}/invitations/{invitationId:guid}/revoke", async Task<NoContent> (Guid id, Guid invitationId, RevokeInvitationHandler handler,
                CancellationToken ct) =>
            {
                await handler.HandleAsync(new RevokeInvitation(id, invitationId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeSurveyInvitation").WithSummary("Withdraws an unused code.").ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/results", async Task<Ok<SurveyResults>> (Guid id, GetSurveyResultsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetSurveyResults(id), ct)))
            .WithName("GetSurveyResults").WithSummary("Each unit's survey points per criterion with the number of counted answers.");

        group.MapPost("/{id:guid}/apply", async Task<Ok<SurveyApplied>> (Guid id, ApplySurveyResultsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ApplySurveyResults(id), ct)))
            .WithName("ApplySurveyResults").WithSummary("Writes a closed survey's points into the period's survey criteria, replacing the period's survey import.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapRespondent(IEndpointRouteBuilder app)
    {
        var form = app.MapGroup("/api/survey-form/{code}").WithTags("Survey form").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);

        form.MapGet("/", async Task<Ok<SurveyForm>> (string code, GetSurveyFormHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetSurveyForm(code), ct)))
            .WithName("GetSurveyForm").WithSummary("The respondent's form and saved answers; why it cannot be answered, when it cannot.");

        form.MapPut("/answers", async Task<Ok<SurveyProgressSaved>> (string code, AnswersBody body, SaveSurveyAnswersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new SaveSurveyAnswers(code, body.Answers), ct)))
            .WithName("SaveSurveyAnswers").WithSummary("Saves answers in progress; an empty option clears a cell.").ProducesValidationProblem();

        form.MapPost("/submit", async Task<NoContent> (string code, SubmitSurveyHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new SubmitSurvey(code), ct);
                return TypedResults.NoContent();
            })
            .WithName("SubmitSurvey").WithSummary("Submits the saved answers once; every question must be answered.").ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<NoContent> Design(ChangeSurveyDesignHandler handler, SurveyDesignChange change, CancellationToken ct)
    {
        await handler.HandleAsync(change, ct);
        return TypedResults.NoContent();
    }
}
