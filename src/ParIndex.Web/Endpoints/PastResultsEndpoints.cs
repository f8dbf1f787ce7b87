using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.DataImport;
using ParIndex.Application.HistoryImport;

namespace ParIndex.Web.Endpoints;

/// <summary>Results published before the portal: a preview of the file, then the save that publishes its years.</summary>
public static class PastResultsEndpoints
{
    public static IEndpointRouteBuilder MapPastResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/past-results").WithTags("Past results").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/template.csv", async (HttpContext http, GetPastResultsTemplateHandler handler, CancellationToken ct) =>
                SetupImportEndpoints.Csv(http, await handler.HandleAsync(new GetPastResultsTemplate(), ct)))
            .WithName("GetPastResultsTemplate").WithSummary("A CSV with the columns a file of past results needs and a row per active unit, its code, name and block filled in.");

        group.MapPost("/preview", async Task<Results<Ok<PastResultsPreview>, ProblemHttpResult>> (IFormFile file, PreviewPastResultsHandler handler,
                CancellationToken ct) => file.Length > DataImportFile.MaxBytes
                ? DataImportEndpoints.TooLarge()
                : TypedResults.Ok(await handler.HandleAsync(new PreviewPastResults(file.FileName, await DataImportEndpoints.ContentAsync(file, ct)), ct)))
            .WithName("PreviewPastResults")
            .WithSummary("Reads a CSV or .xlsx of past published results (year, unit code, index, class, rank, decision) and lists every row's problems; saves nothing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // API clients have no form token; the SameSite=Lax sign-in cookie makes cross-site posts arrive anonymous (401).
            .DisableAntiforgery();

        group.MapPost("/", async Task<Results<Ok<PastResultsImported>, ProblemHttpResult>> (IFormFile file, [FromForm] string previewedSha256,
                [FromForm] string? decisions, [FromForm] string? reason, ImportPastResultsHandler handler, CancellationToken ct) => file.Length > DataImportFile.MaxBytes
                ? DataImportEndpoints.TooLarge()
                : TypedResults.Ok(await handler.HandleAsync(new ImportPastResults(file.FileName, await DataImportEndpoints.ContentAsync(file, ct), previewedSha256,
                    Decisions(decisions), reason), ct)))
            .WithName("ImportPastResults")
            .WithSummary("Saves a previewed file (previewedSha256 from the preview): each year new to the portal becomes a published period in the "
                + "publication chain; a year imported before is corrected as the next version of its publication, which needs a reason. "
                + "decisions (optional, JSON) completes or replaces the file's decision per year: "
                + "[{\"year\":2022,\"number\":\"412/QĐ-UBND\",\"date\":\"2023-03-15\",\"signer\":\"Chủ tịch UBND tỉnh\"}]. All years or none.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
        return app;
    }

    private static List<PastYearDecision>? Decisions(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<PastYearDecision>>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            throw new ValidationException([new ValidationFailure("decisions", ImportMessages.PastDecisionsNotJson)]);
        }
    }
}
