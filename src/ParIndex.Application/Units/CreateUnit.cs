using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>A new unit; while a period's self-assessment is open it also gets its assessment there.</summary>
public sealed record CreateUnit(string Code, string Name, string? ShortName, Guid BlockId);

public sealed class CreateUnitHandler(
    IParIndexDbFactory dbFactory, IValidator<CreateUnit> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateUnit request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.created", nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var unit = new Unit(request.Code, request.Name, request.BlockId, request.ShortName);
        db.Units.Add(unit);

        // A unit created while self-assessment is open has its work at once, like the units that were there at the opening.
        var opened = new List<Assessment>();
        foreach (var period in await db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen).ToListAsync(ct))
        {
            opened.AddRange(AssessmentOpening.Open(period, [unit], new HashSet<Guid>()));
        }

        db.Audit(user, clock, "unit.created", nameof(Unit), unit.Id, newValues: UnitAudit.Snapshot(unit));
        foreach (var assessment in opened)
        {
            db.Assessments.Add(assessment);
            db.Audit(user, clock, "assessment.opened", nameof(Assessment), assessment.Id,
                newValues: new { assessment.PeriodId, assessment.UnitId, assessment.FrameworkId, Reason = "unit.created" });
        }

        await db.SaveChangesAsync(ct);
        return unit.Id;
    }
}
