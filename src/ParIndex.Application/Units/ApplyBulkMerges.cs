using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// Confirms a previewed file of mergers: every row still to merge, in one save (all or none), each through the same
/// merger as the single merge (<see cref="UnitMerging"/>), with its audit entry naming the file. Rows already recorded
/// are skipped, so importing the same file again changes nothing. A receiving unit the file names with its name and block
/// is created first, by the same rule as <see cref="CreateUnitHandler"/> (its assessment in each open period, or a
/// warning), in the same save. When a merger closes an open period's assessment,
/// <paramref name="AcknowledgeOpenAssessments"/> must say the administrator read the warning.
/// </summary>
public sealed record ApplyBulkMerges(string FileName, byte[] Content, string PreviewedSha256, bool AcknowledgeOpenAssessments = false);

/// <summary>
/// How many units were merged, and how many rows were already recorded and left as they were; the receiving units created
/// and, for each open period in which one got no assessment (no framework for its block), a warning as CreateUnit gives.
/// </summary>
public sealed record BulkMergesApplied(int Merged, int AlreadyMerged, int ClosedAssessments)
{
    public int Created { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed class ApplyBulkMergesHandler(
    IParIndexDbFactory dbFactory, IValidator<ApplyBulkMerges> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "unit.bulkMerged";

    public async Task<BulkMergesApplied> HandleAsync(ApplyBulkMerges request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = FileFingerprint.Sha256Of(request.Content);
        if (!string.Equals(sha, request.PreviewedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.PreviewedSha256), ImportMessages.ChangedSincePreview)]);
        }

        var table = reader.Read(request.FileName, request.Content).Table;
        var sheet = table is null ? null : await BulkMergeSheet.ReadAsync(db, table, ct);
        if (sheet is not { CanApply: true })
        {
            throw new WorkflowRefusedException(ImportMessages.StillHasProblems);
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

        var ids = toMerge.SelectMany(l => new[] { l.Old!.Id, l.New?.Id }).OfType<Guid>().Distinct().ToList();
        var units = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var (created, warnings) = await CreateReceivingUnitsAsync(db, toMerge, ct);
        var batch = new { request.FileName, Sha256 = sha };
        var closed = 0;
        foreach (var line in toMerge)
        {
            var open = await OpenAssessmentsOfUnit.LoadAsync(db, line.Old!.Id, ct);
            var target = line.New is { } existing ? units[existing.Id] : created[line.Creates!.Code];
            UnitMerging.Merge(db, user, clock, units[line.Old.Id], target, line.EffectiveOn!.Value, line.Decision, open,
                new { batch.FileName, batch.Sha256, Row = line.Number });
            closed += open.Count;
        }

        db.Audit(user, clock, Action, nameof(Unit), null, newValues: new
        {
            request.FileName,
            Sha256 = sha,
            Merged = toMerge.Select(l => new { Row = l.Number, Old = l.Old!.Code, New = l.New?.Code ?? l.Creates!.Code, l.EffectiveOn, l.Decision }).ToList(),
            Created = created.Keys.ToList(),
            AlreadyMerged = already,
            ClosedAssessments = closed,
        });
        await db.SaveChangesAsync(ct);
        return new BulkMergesApplied(toMerge.Count, already, closed) { Created = created.Count, Warnings = warnings };
    }

    /// <summary>Each receiving unit the file creates, once, with its assessments in the open periods (CreateUnit's rule and audit).</summary>
    private async Task<(Dictionary<string, Unit> Created, List<string> Warnings)> CreateReceivingUnitsAsync(IParIndexDb db, List<BulkMergeLine> toMerge,
        CancellationToken ct)
    {
        var created = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        var warnings = new List<string>();
        var planned = toMerge.Select(l => l.Creates).OfType<NewReceivingUnit>().DistinctBy(n => n.Code, StringComparer.OrdinalIgnoreCase).ToList();
        if (planned.Count == 0)
        {
            return (created, warnings);
        }

        var openPeriods = await db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen).OrderBy(p => p.Year).ToListAsync(ct);
        foreach (var newUnit in planned)
        {
            var unit = new Unit(newUnit.Code, newUnit.Name, newUnit.Block.Id);
            db.Units.Add(unit);
            var assessments = NewUnitAssessments.For(unit, openPeriods);
            warnings.AddRange(assessments.NotAssessedIn.Select(name => $"{unit.Code}: " + UnitMessages.NotAssessedIn(name, newUnit.Block.Name)));
            assessments.AddWithAudit(db, user, clock, unit);
            created[unit.Code] = unit;
        }

        return (created, warnings);
    }
}
