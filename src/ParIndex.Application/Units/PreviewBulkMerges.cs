using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.Units;

/// <summary>
/// Reads a file of mergers — the reform's resolution, one row per unit merged away: old code, new code (an existing
/// unit, or a new one with its name and block in the two optional columns), effective date, decision number — and shows
/// what confirming would do, row by row, saving nothing.
/// </summary>
public sealed record PreviewBulkMerges(string FileName, byte[] Content);

/// <summary>
/// The file as confirming would apply it. <see cref="NeedsAcknowledgement"/>: some merger closes an assessment in a period
/// the council has not decided (<see cref="BulkMergeRow.OpenPeriods"/>), which confirming must acknowledge.
/// </summary>
public sealed record BulkMergePreview(string FileName, string Sha256, IReadOnlyList<string> FileProblems, IReadOnlyList<BulkMergeRow> Rows)
    : IImportPreview
{
    public bool CanApply => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Status != BulkMergeRowStatus.Invalid);

    bool IImportPreview.CanImport => CanApply;

    public bool NeedsAcknowledgement => Rows.Any(r => r.Status == BulkMergeRowStatus.ToMerge && r.OpenPeriods.Count > 0);

    public int ToMerge => Rows.Count(r => r.Status == BulkMergeRowStatus.ToMerge);

    public int AlreadyMerged => Rows.Count(r => r.Status == BulkMergeRowStatus.AlreadyMerged);

    /// <summary>The receiving units confirming creates (each once, however many rows merge into it).</summary>
    public int ToCreate => Rows.Where(r => r.Status == BulkMergeRowStatus.ToMerge && r.CreatesNewUnit)
        .Select(r => r.NewCode).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

/// <summary>
/// One row of the file: the units as found (code and name), and its problems or the open periods it would close.
/// <see cref="CreatesNewUnit"/>: the receiving unit does not exist yet and confirming creates it in <see cref="NewBlockName"/>.
/// </summary>
public sealed record BulkMergeRow(
    int RowNumber, string? OldCode, string? OldName, string? NewCode, string? NewName, DateOnly? EffectiveOn, string? DecisionReference,
    BulkMergeRowStatus Status, IReadOnlyList<BulkMergeProblem> Problems, IReadOnlyList<string> OpenPeriods)
{
    public bool CreatesNewUnit { get; init; }

    public string? NewBlockName { get; init; }
}

public sealed class PreviewBulkMergesHandler(
    IParIndexDbFactory dbFactory, IValidator<PreviewBulkMerges> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The template the page and the API offer: the four columns and one example row.</summary>
    public static string TemplateCsv { get; } = string.Join(',', BulkMergeColumns.Known.Select(k => k.Label)) + "\n"
        + "XA-HUNGLOI,XA-HUNGNGUYEN,01/07/2025,1656/NQ-UBTVQH15,,\n";

    public async Task<BulkMergePreview> HandleAsync(PreviewBulkMerges request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.bulkMergePreviewed", nameof(Domain.Units.Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = FileFingerprint.Sha256Of(request.Content);
        var read = reader.Read(request.FileName, request.Content);
        if (read.Table is not { } table)
        {
            return new BulkMergePreview(request.FileName, sha, [read.Error ?? ImportMessages.Unreadable], []);
        }

        return View(request.FileName, sha, await BulkMergeSheet.ReadAsync(db, table, ct));
    }

    internal static BulkMergePreview View(string fileName, string sha, BulkMergeSheet sheet) =>
        new(fileName, sha, sheet.FileProblems, [.. sheet.Lines.Select(l => new BulkMergeRow(
            l.Number, l.Old?.Code ?? l.OldText, l.Old?.Name, l.New?.Code ?? l.Creates?.Code ?? l.NewText, l.New?.Name ?? l.Creates?.Name, l.EffectiveOn,
            l.Decision, l.Status, l.Problems, l.OpenPeriods)
        {
            CreatesNewUnit = l.Creates is not null,
            NewBlockName = l.Creates?.Block.Name,
        })]);
}
