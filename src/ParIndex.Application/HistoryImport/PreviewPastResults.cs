using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// Reads a file of results the province published before the portal (year, unit, index, class, rank, decision) and
/// shows every row's problems before anything is saved; for a year imported before, what the correction would change.
/// </summary>
public sealed record PreviewPastResults(string FileName, byte[] Content);

public sealed record PastResultsPreview(
    string FileName, string Sha256, IReadOnlyList<string> FileProblems, IReadOnlyList<PastResultRow> Rows, IReadOnlyList<PastYear> Years) : IImportPreview
{
    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);
}

/// <summary>What saving does to a row: a year new to the portal, or in a correction a unit changed, unchanged or added.</summary>
public enum PastRowChange
{
    New,
    Unchanged,
    Changed,
    Added,
}

/// <summary>One row of the file; <see cref="Before"/> is the unit's result now published, in a correction.</summary>
public sealed record PastResultRow(
    int RowNumber, int? Year, string? UnitCode, string? UnitName, string? BlockName, decimal? Index, Classification? Classification, int? Rank,
    IReadOnlyList<string> Problems, PastRowChange Change = PastRowChange.New, PastFigures? Before = null, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>What looks wrong but does not stop the import, such as a rank that contradicts the indexes.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = Warnings ?? [];
}

/// <summary>A year the file would publish: how many units, under which decision (from the file; the page may complete it).</summary>
public sealed record PastYear(int Year, int Units, string? DecisionNumber, DateOnly? DecisionDate, string? Signer, PastCorrection? Correction = null);

/// <summary>A year imported before: the version the file would correct, and what changes (units dropped from the year by name).</summary>
public sealed record PastCorrection(int Version, string DecisionNumber, DateOnly DecisionDate, int Changed, int Added, IReadOnlyList<string> Removed);

public sealed class PreviewPastResultsHandler(
    IParIndexDbFactory dbFactory, IValidator<PreviewPastResults> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    public async Task<PastResultsPreview> HandleAsync(PreviewPastResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "history.previewed", "PastResults", null, ct, PastResultsAccess.Importers);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = FileFingerprint.Sha256Of(request.Content);
        var read = reader.Read(request.FileName, request.Content);
        if (read.Table is not { } table)
        {
            return new PastResultsPreview(request.FileName, sha, [read.Error ?? ImportMessages.Unreadable], [], []);
        }

        var sheet = await PastResultSheet.ReadAsync(db, table, VietnamTime.DateOf(clock.GetUtcNow().UtcDateTime).Year, ct);
        return View(request.FileName, sha, sheet);
    }

    internal static PastResultsPreview View(string fileName, string sha, PastResultSheet sheet)
    {
        var rows = sheet.Lines.Select(l =>
        {
            var correction = l.Year is { } year ? sheet.Corrections.GetValueOrDefault(year) : null;
            var before = correction is not null && l.Unit is not null ? correction.Results.GetValueOrDefault(l.Unit.Id) : null;
            var change = correction is null ? PastRowChange.New
                : before is null ? PastRowChange.Added
                : before == l.Figures ? PastRowChange.Unchanged
                : PastRowChange.Changed;
            return new PastResultRow(l.Number, l.Year, l.Unit?.Code ?? l.UnitText, l.Unit?.Name, l.Block?.Name, l.Index, l.Classification, l.Rank,
                [.. l.Problems], change, before, [.. l.Warnings]);
        }).ToList();
        var years = sheet.Lines.Where(l => l.Year is not null).GroupBy(l => l.Year!.Value).OrderBy(g => g.Key)
            .Select(g => new PastYear(g.Key, g.Count(), First(g, l => l.DecisionNumber), g.Select(l => l.DecisionDate).FirstOrDefault(d => d is not null),
                First(g, l => l.Signer), CorrectionOf(g.Key, rows, sheet)))
            .ToList();
        return new PastResultsPreview(fileName, sha, sheet.FileProblems, rows, years);
    }

    private static string? First(IEnumerable<PastResultLine> lines, Func<PastResultLine, string?> value) => lines.Select(value).FirstOrDefault(v => v is not null);

    private static PastCorrection? CorrectionOf(int year, List<PastResultRow> rows, PastResultSheet sheet)
    {
        if (sheet.Corrections.GetValueOrDefault(year) is not { } imported)
        {
            return null;
        }

        var ofYear = rows.Where(r => r.Year == year).ToList();
        var kept = sheet.Lines.Where(l => l.Year == year && l.Unit is not null).Select(l => l.Unit!.Id).ToHashSet();
        var removed = imported.Results.Keys.Where(id => !kept.Contains(id)).Select(id => sheet.Units[id])
            .OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => $"{u.Code} — {u.Name}").ToList();
        return new PastCorrection(imported.Version, imported.DecisionNumber, imported.DecisionDate,
            ofYear.Count(r => r.Change == PastRowChange.Changed), ofYear.Count(r => r.Change == PastRowChange.Added), removed);
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
