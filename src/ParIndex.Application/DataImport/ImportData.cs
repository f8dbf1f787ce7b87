using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.DataImport;

/// <summary>
/// Saves a previewed file of figures. <paramref name="PreviewedSha256"/> is the fingerprint the preview showed: a
/// different file is refused, and so is a file with any problem — every row is saved, or none.
/// </summary>
public sealed record ImportData(Guid PeriodId, string FileName, byte[] Content, string PreviewedSha256);

/// <summary>
/// The new import; <see cref="Recorded"/> rows written as results, of which <see cref="Changed"/> differ from before, and
/// <see cref="Cleared"/> earlier imported results the file no longer carries.
/// </summary>
public sealed record DataImportOutcome(Guid ImportId, int Recorded, int Changed, int Cleared);

public sealed class ImportDataHandler(
    IParIndexDbFactory dbFactory, IValidator<ImportData> validator, IValidator<AnswerValues> valuesValidator, ITableFileReader reader,
    ICurrentUser user, TimeProvider clock)
{
    private const string Action = "data.imported";

    public async Task<DataImportOutcome> HandleAsync(ImportData request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var period = await DataImportAccess.LoadPeriodAsync(db, user, clock, request.PeriodId, Action, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = FileFingerprint.Sha256Of(request.Content);
        if (!string.Equals(sha, request.PreviewedSha256?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(nameof(request.PreviewedSha256), ImportMessages.ChangedSincePreview);
        }

        var read = reader.Read(request.FileName, request.Content);
        if (read.Table is not { } table)
        {
            throw Invalid(nameof(request.Content), read.Error ?? ImportMessages.Unreadable);
        }

        var sheet = await DataImportSheet.ReadAsync(db, user, valuesValidator, period, table, tracked: true, ct);
        if (!sheet.CanImport)
        {
            throw Invalid(nameof(request.Content), Refusal(sheet));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var import = new SurveyImport(period.Id, Path.GetFileName(request.FileName), sha, sheet.Rows.Count, user.UserId!.Value, now);
        var replaced = await db.SurveyImports.Where(i => i.PeriodId == period.Id && i.ReplacedByImportId == null).ToListAsync(ct);
        foreach (var earlier in replaced)
        {
            earlier.ReplaceWith(import);
        }

        db.SurveyImports.Add(import);
        foreach (var response in sheet.ToClear)
        {
            var old = Snapshot(response);
            response.ClearDataResult();
            db.Audit(user, clock, "data.cleared", nameof(CriterionResponse), response.Id, old, Snapshot(response));
        }

        var changed = 0;
        foreach (var row in sheet.Rows)
        {
            var response = row.Assessment!.ResponseFor(row.Leaf!.Id);
            var old = Snapshot(response);
            response.RecordDataResult(row.Values!.InputsJson!, row.Points!.Value, import.SourceTag);
            if (old.FinalScore != response.FinalScore || old.Inputs != response.Inputs)
            {
                changed++;
                db.Audit(user, clock, "data.recorded", nameof(CriterionResponse), response.Id, old, Snapshot(response));
            }
        }

        var previous = replaced.OrderByDescending(i => i.ImportedAtUtc).FirstOrDefault();
        db.Audit(user, clock, Action, nameof(SurveyImport), import.Id,
            previous is null ? null : new { ImportId = previous.Id, previous.FileName, previous.Sha256, previous.Rows },
            new { import.FileName, import.Sha256, import.Rows, Changed = changed, Cleared = sheet.ToClear.Count });
        // One save: the import record, every result and every audit entry commit together or not at all.
        await db.SaveChangesAsync(ct);
        return new DataImportOutcome(import.Id, sheet.Rows.Count, changed, sheet.ToClear.Count);
    }

    private static DataSnapshot Snapshot(CriterionResponse response) => new(response.FinalScore, response.Inputs, response.DataSource);

    private static string Refusal(DataImportSheet sheet)
    {
        if (sheet.FileProblems.Count > 0)
        {
            return ImportMessages.NothingSaved(sheet.FileProblems);
        }

        if (sheet.Rows.Count == 0)
        {
            return DataImportMessages.NothingSavedNoFigures;
        }

        var bad = sheet.Rows.Where(r => r.Problems.Count > 0).Select(r => r.Number).ToList();
        var shown = string.Join(", ", bad.Take(10)) + (bad.Count > 10 ? ", …" : string.Empty);
        return ImportMessages.NothingSavedBadRows(bad.Count, shown);
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);

    private sealed record DataSnapshot(decimal? FinalScore, string Inputs, string? DataSource);
}
