using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// Reads a file of results the province published before the portal (year, unit, index, class, rank, decision) and
/// shows every row's problems before anything is saved.
/// </summary>
public sealed record PreviewPastResults(string FileName, byte[] Content);

public sealed record PastResultsPreview(
    string FileName, string Sha256, IReadOnlyList<string> FileProblems, IReadOnlyList<PastResultRow> Rows, IReadOnlyList<PastYear> Years)
{
    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);
}

public sealed record PastResultRow(
    int RowNumber, int? Year, string? UnitCode, string? UnitName, string? BlockName, decimal? Index, Classification? Classification, int? Rank,
    IReadOnlyList<string> Problems);

/// <summary>A year the file would publish: how many units, under which decision.</summary>
public sealed record PastYear(int Year, int Units, string? DecisionNumber, DateOnly? DecisionDate, string? Signer);

public sealed class PreviewPastResultsHandler(
    IParIndexDbFactory dbFactory, IValidator<PreviewPastResults> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The columns a file needs, with one example row; the same file the page offers for download.</summary>
    public static string TemplateCsv { get; } = string.Join(',', PastResultColumns.TemplateHeaders) + "\n"
        + "2023,STP,Sở Tư pháp,91.25,Xuất sắc,1,405/QĐ-UBND,10/03/2024,Chủ tịch UBND tỉnh\n";

    public async Task<PastResultsPreview> HandleAsync(PreviewPastResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "history.previewed", "PastResults", null, ct, Roles.Administrator);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = DataImportFile.Sha256Of(request.Content);
        var read = reader.Read(request.FileName, request.Content);
        if (read.Table is not { } table)
        {
            return new PastResultsPreview(request.FileName, sha, [read.Error ?? "Không đọc được tệp."], [], []);
        }

        var sheet = await PastResultSheet.ReadAsync(db, table, VietnamTime.DateOf(clock.GetUtcNow().UtcDateTime).Year, ct);
        return View(request.FileName, sha, sheet);
    }

    internal static PastResultsPreview View(string fileName, string sha, PastResultSheet sheet)
    {
        var rows = sheet.Lines.Select(l => new PastResultRow(l.Number, l.Year, l.UnitCode, l.Unit?.Name, l.Block?.Name, l.Index, l.Classification, l.Rank,
            [.. l.Problems])).ToList();
        var years = sheet.Lines.Where(l => l.Year is not null).GroupBy(l => l.Year!.Value).OrderBy(g => g.Key)
            .Select(g => new PastYear(g.Key, g.Count(), g.First().DecisionNumber, g.First().DecisionDate, g.First().Signer)).ToList();
        return new PastResultsPreview(fileName, sha, sheet.FileProblems, rows, years);
    }
}

public sealed class PreviewPastResultsValidator : AbstractValidator<PreviewPastResults>
{
    public PreviewPastResultsValidator()
    {
        RuleFor(p => p.FileName).AcceptedTableFileName();
        RuleFor(p => p.Content).AcceptedTableFileContent();
    }
}
