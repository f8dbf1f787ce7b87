using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Units;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.SetupImport;

/// <summary>
/// Saves a previewed units file: new units are created and renames applied, in one transaction, under the same domain
/// rules as <see cref="CreateUnitHandler"/> (a unit created while self-assessment is open gets its assessment).
/// <paramref name="PreviewedSha256"/> must be the previewed file's; a file with any problem saves nothing.
/// </summary>
public sealed record ImportUnits(string FileName, byte[] Content, string PreviewedSha256) : ISetupImportFile;

/// <summary>What was saved; <see cref="Warnings"/> names units that got no assessment in an open period.</summary>
public sealed record UnitImportOutcome(int Created, int Renamed, int Unchanged, IReadOnlyList<string> Warnings)
{
    public bool ChangedNothing => Created == 0 && Renamed == 0;
}

public sealed class ImportUnitsHandler(
    IParIndexDbFactory dbFactory, IValidator<ImportUnits> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "units.imported";

    public async Task<UnitImportOutcome> HandleAsync(ImportUnits request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        SetupTable.EnsurePreviewed(request.Content, request.PreviewedSha256);
        var sheet = await UnitImportSheet.ReadAsync(db, reader, request.FileName, request.Content, tracked: true, ct);
        if (!sheet.Preview.CanImport)
        {
            throw SetupTable.Refusal(sheet.Preview);
        }

        var openPeriods = await db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen).OrderBy(p => p.Year).ToListAsync(ct);
        var blockNames = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var warnings = new List<string>();
        foreach (var line in sheet.Lines)
        {
            if (line.Change == SetupRowChange.Create)
            {
                var unit = new Unit(line.Code, line.Name, line.BlockId, line.ShortName);
                db.Units.Add(unit);
                var assessments = NewUnitAssessments.For(unit, openPeriods);
                assessments.AddWithAudit(db, user, clock, unit);
                warnings.AddRange(assessments.NotAssessedIn.Select(p => $"{unit.Code}: {UnitMessages.NotAssessedIn(p, blockNames[unit.BlockId])}"));
            }
            else if (line.Change == SetupRowChange.Rename && line.Existing is { } unit)
            {
                var old = new { unit.Name, unit.ShortName };
                unit.Rename(line.Name, line.ShortName ?? unit.ShortName);
                db.Audit(user, clock, "unit.renamed", nameof(Unit), unit.Id, old, new { unit.Name, unit.ShortName });
            }
        }

        var outcome = new UnitImportOutcome(sheet.Preview.ToCreate, sheet.Preview.ToRename, sheet.Preview.Unchanged, warnings);
        db.Audit(user, clock, Action, nameof(Unit), null, newValues: new
        {
            FileName = Path.GetFileName(request.FileName),
            sheet.Preview.Sha256,
            outcome.Created,
            outcome.Renamed,
            outcome.Unchanged,
        });
        // One save: every unit, rename, assessment and audit entry commit together or not at all.
        await db.SaveChangesAsync(ct);
        return outcome;
    }
}
