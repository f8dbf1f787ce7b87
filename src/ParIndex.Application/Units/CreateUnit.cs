using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>A new unit; while a period's self-assessment is open it also gets its assessment there.</summary>
public sealed record CreateUnit(string Code, string Name, string? ShortName, Guid BlockId);

/// <summary>
/// The new unit's id and what the administrator must know: a sentence for each open period in which the unit got no
/// assessment because its block has no framework there (frameworks are chosen before the opening, so the unit is not
/// assessed that year unless it is moved to a block that has one). Empty when nothing needs saying.
/// </summary>
public sealed record CreatedUnit(Guid Id, IReadOnlyList<string> Warnings);

public sealed class CreateUnitHandler(
    IParIndexDbFactory dbFactory, IValidator<CreateUnit> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<CreatedUnit> HandleAsync(CreateUnit request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.created", nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var unit = new Unit(request.Code, request.Name, request.BlockId, request.ShortName);
        db.Units.Add(unit);

        var openPeriods = await db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen).OrderBy(p => p.Year).ToListAsync(ct);
        var assessments = NewUnitAssessments.For(unit, openPeriods);
        var warnings = new List<string>();
        if (assessments.NotAssessedIn.Count > 0)
        {
            var blockName = await db.Blocks.AsNoTracking().Where(b => b.Id == unit.BlockId).Select(b => b.Name).SingleAsync(ct);
            warnings.AddRange(assessments.NotAssessedIn.Select(name => UnitMessages.NotAssessedIn(name, blockName)));
        }

        assessments.AddWithAudit(db, user, clock, unit);
        await db.SaveChangesAsync(ct);
        return new CreatedUnit(unit.Id, warnings);
    }
}
