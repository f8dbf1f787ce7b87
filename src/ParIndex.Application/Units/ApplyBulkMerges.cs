using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// Confirms a previewed file of mergers: every row still to merge, in one save (all or none), each through the same
/// merger as the single merge (<see cref="UnitMerging"/>), with its audit entry naming the file. Rows already recorded
/// are skipped, so importing the same file again changes nothing. When a merger closes an open period's assessment,
/// <paramref name="AcknowledgeOpenAssessments"/> must say the administrator read the warning.
/// </summary>
public sealed record ApplyBulkMerges(string FileName, byte[] Content, string PreviewedSha256, bool AcknowledgeOpenAssessments = false);

/// <summary>How many units were merged, and how many rows were already recorded and left as they were.</summary>
public sealed record BulkMergesApplied(int Merged, int AlreadyMerged, int ClosedAssessments);

public sealed class ApplyBulkMergesHandler(
    IParIndexDbFactory dbFactory, IValidator<ApplyBulkMerges> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "unit.bulkMerged";

    public async Task<BulkMergesApplied> HandleAsync(ApplyBulkMerges request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = DataImportFile.Sha256Of(request.Content);
        if (!string.Equals(sha, request.PreviewedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.PreviewedSha256), "Tệp khác tệp đã xem trước; hãy xem trước lại.")]);
        }

        var table = reader.Read(request.FileName, request.Content).Table;
        var sheet = table is null ? null : await BulkMergeSheet.ReadAsync(db, table, ct);
        if (sheet is not { CanApply: true })
        {
            throw new WorkflowRefusedException("Tệp còn lỗi; sửa các dòng có lỗi rồi xem trước lại.");
        }

        if (sheet.NeedsAcknowledgement && !request.AcknowledgeOpenAssessments)
        {
            var periods = sheet.Lines.SelectMany(l => l.OpenPeriods).Distinct(StringComparer.Ordinal);
            throw UnitMessages.Invalid(nameof(request.AcknowledgeOpenAssessments), UnitMessages.MergeClosesOpenAssessments(periods));
        }

        var toMerge = sheet.Lines.Where(l => l.Status == BulkMergeRowStatus.ToMerge).ToList();
        var already = sheet.Lines.Count - toMerge.Count;
        if (toMerge.Count == 0)
        {
            return new BulkMergesApplied(0, already, 0);
        }

        var ids = toMerge.SelectMany(l => new[] { l.Old!.Id, l.New!.Id }).Distinct().ToList();
        var units = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var batch = new { request.FileName, Sha256 = sha };
        var closed = 0;
        foreach (var line in toMerge)
        {
            var open = await OpenAssessmentsOfUnit.LoadAsync(db, line.Old!.Id, ct);
            UnitMerging.Merge(db, user, clock, units[line.Old.Id], units[line.New!.Id], line.EffectiveOn!.Value, line.Decision, open,
                new { batch.FileName, batch.Sha256, Row = line.Number });
            closed += open.Count;
        }

        db.Audit(user, clock, Action, nameof(Unit), null, newValues: new
        {
            request.FileName,
            Sha256 = sha,
            Merged = toMerge.Select(l => new { Row = l.Number, Old = l.Old!.Code, New = l.New!.Code, l.EffectiveOn, l.Decision }).ToList(),
            AlreadyMerged = already,
            ClosedAssessments = closed,
        });
        await db.SaveChangesAsync(ct);
        return new BulkMergesApplied(toMerge.Count, already, closed);
    }
}
