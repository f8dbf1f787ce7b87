using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Exports;
using ParIndex.Application.SetupImport;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// Setting a province up from two spreadsheets: units (with their blocks) and accounts (with unit and role), each a
/// template, a preview that saves nothing and a confirmation. The same handlers the pages /admin/units and /admin/users call.
/// </summary>
public static class SetupImportEndpoints
{
    public static IEndpointRouteBuilder MapSetupImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/setup-imports").WithTags("Units and accounts import").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/units/template", async (HttpContext http, GetUnitImportTemplateHandler handler, CancellationToken ct) =>
                Csv(http, await handler.HandleAsync(new GetUnitImportTemplate(), ct)))
            .WithName("GetUnitImportTemplate").WithSummary("The units file template (CSV) with the province's block codes as help lines.");

        group.MapPost("/units/preview", async Task<Results<Ok<SetupImportPreview>, ProblemHttpResult>> (IFormFile file,
                PreviewUnitImportHandler handler, CancellationToken ct) =>
                file.Length > DataImportFile.MaxBytes ? DataImportEndpoints.TooLarge()
                    : TypedResults.Ok(await handler.HandleAsync(new PreviewUnitImport(file.FileName, await DataImportEndpoints.ContentAsync(file, ct)), ct)))
            .WithName("PreviewUnitImport").WithSummary("Reads a units file (CSV or .xlsx) and lists every row's change and problems; saves nothing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // API clients have no form token; the sign-in cookie is SameSite=Lax, so cross-site posts arrive anonymous.
            .DisableAntiforgery();

        group.MapPost("/units", async Task<Results<Ok<UnitImportOutcome>, ProblemHttpResult>> (IFormFile file, [FromForm] string previewedSha256,
                ImportUnitsHandler handler, CancellationToken ct) =>
                file.Length > DataImportFile.MaxBytes ? DataImportEndpoints.TooLarge()
                    : TypedResults.Ok(await handler.HandleAsync(new ImportUnits(file.FileName, await DataImportEndpoints.ContentAsync(file, ct), previewedSha256), ct)))
            .WithName("ImportUnits").WithSummary("Saves a previewed units file (previewedSha256 from the preview): every row or none.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();

        group.MapGet("/accounts/template", async (HttpContext http, GetAccountImportTemplateHandler handler, CancellationToken ct) =>
                Csv(http, await handler.HandleAsync(new GetAccountImportTemplate(), ct)))
            .WithName("GetAccountImportTemplate").WithSummary("The accounts file template (CSV) with the roles and the province's unit codes as help lines.");

        group.MapPost("/accounts/preview", async Task<Results<Ok<SetupImportPreview>, ProblemHttpResult>> (IFormFile file,
                PreviewAccountImportHandler handler, CancellationToken ct) =>
                file.Length > DataImportFile.MaxBytes ? DataImportEndpoints.TooLarge()
                    : TypedResults.Ok(await handler.HandleAsync(new PreviewAccountImport(file.FileName, await DataImportEndpoints.ContentAsync(file, ct)), ct)))
            .WithName("PreviewAccountImport").WithSummary("Reads an accounts file (CSV or .xlsx) and lists every row's change and problems; saves nothing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        group.MapPost("/accounts", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (HttpContext http, IFormFile file,
                [FromForm] string previewedSha256, ImportAccountsHandler handler, CancellationToken ct) =>
            {
                if (file.Length > DataImportFile.MaxBytes)
                {
                    return DataImportEndpoints.TooLarge();
                }

                var outcome = await handler.HandleAsync(new ImportAccounts(file.FileName, await DataImportEndpoints.ContentAsync(file, ct), previewedSha256), ct);
                http.Response.Headers["X-Accounts-Created"] = outcome.Created.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The one-time passwords leave the portal this once: never stored in clear, never logged, never cached.
                return FileDownloads.Attachment(http, new ExportedDocument("mat-khau-dung-mot-lan.csv", "mat-khau-dung-mot-lan.csv", "text/csv; charset=utf-8", outcome.ToCsv()));
            })
            .WithName("ImportAccounts")
            .WithSummary("Creates the previewed accounts (all or none) and returns, once, a CSV of user names and one-time passwords to change at first sign-in.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
        return app;
    }

    /// <summary>An import template as a download; every import's template endpoint answers with it.</summary>
    internal static FileContentHttpResult Csv(HttpContext http, ImportTemplate template) =>
        FileDownloads.Attachment(http, new ExportedDocument(template.FileName, template.FileName, "text/csv; charset=utf-8", template.Content));
}
