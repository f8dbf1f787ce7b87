using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Application.DataImport;

/// <summary>Reads a file of survey results or external figures for a period and shows what saving it would do. Nothing is saved.</summary>
public sealed record PreviewDataImport(Guid PeriodId, string FileName, byte[] Content);

/// <summary>
/// Every row with its points and problems, the file's own problems, the units it leaves out, and the import it would
/// replace. <see cref="Sha256"/> goes back with the save, so what is saved is exactly what was previewed.
/// </summary>
public sealed record DataImportPreview(
    Guid PeriodId, string FileName, string Sha256, IReadOnlyList<string> FileProblems, IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<DataImportRow> Rows, IReadOnlyList<DataImportMissingUnit> MissingUnits, DataImportCounts Counts, PastDataImport? Replaces) : IImportPreview
{
    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);
}

public sealed class PreviewDataImportHandler(
    IParIndexDbFactory dbFactory, IValidator<PreviewDataImport> validator, IValidator<AnswerValues> valuesValidator, ITableFileReader reader,
    ICurrentUser user, TimeProvider clock)
{
    private const string Action = "data.previewed";

    public async Task<DataImportPreview> HandleAsync(PreviewDataImport request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var period = await DataImportAccess.LoadPeriodAsync(db, user, clock, request.PeriodId, Action, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = FileFingerprint.Sha256Of(request.Content);
        var current = await db.SurveyImports.AsNoTracking().Where(i => i.PeriodId == period.Id && i.ReplacedByImportId == null)
            .OrderByDescending(i => i.ImportedAtUtc).FirstOrDefaultAsync(ct);
        var replaces = current is null ? null : PastDataImport.From(current, null);
        var read = reader.Read(request.FileName, request.Content);
        if (read.Table is not { } table)
        {
            return new DataImportPreview(period.Id, request.FileName, sha, [read.Error ?? ImportMessages.Unreadable], [], [], [],
                new DataImportCounts(0, 0, 0, 0, 0, 0), replaces);
        }

        var sheet = await DataImportSheet.ReadAsync(db, user, valuesValidator, period, table, tracked: false, ct);
        return new DataImportPreview(period.Id, request.FileName, sha, sheet.FileProblems, sheet.IgnoredColumns,
            [.. sheet.Rows.Select(r => r.ToView())], sheet.MissingUnits, sheet.Counts, replaces);
    }
}
