using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// Moves a unit to another block, with its assessments of the years not yet decided. A unit that has no assessment in a period open for self-assessment (it was created in
/// a block without a framework there) gets one when its new block has a framework, as at the opening.
/// </summary>
public sealed record MoveUnitToBlock(Guid Id, Guid BlockId, Guid ConcurrencyStamp);

public sealed class MoveUnitToBlockHandler(
    IParIndexDbFactory dbFactory, IValidator<MoveUnitToBlock> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(MoveUnitToBlock request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.movedToBlock", nameof(Unit), request.Id, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var unit = await UnitRules.LoadForChangeAsync(db, request.Id, request.ConcurrencyStamp, ct);
        if (unit.BlockId == request.BlockId)
        {
            throw UnitMessages.Invalid(nameof(request.BlockId), UnitMessages.SameBlock);
        }

        var old = new { unit.BlockId };
        unit.MoveToBlock(request.BlockId);
        db.Audit(user, clock, "unit.movedToBlock", nameof(Unit), unit.Id, old, new { unit.BlockId });
        // A year the council has not decided yet follows the unit into its new block; a decided (approved, published,
        // archived or imported) year keeps the block it was ranked in, so it looks as it was (docs/methodology.md).
        var undecided = await (from a in db.Assessments
                               join p in db.Periods on a.PeriodId equals p.Id
                               where a.UnitId == unit.Id && a.ResultSource == null
                               select new { Assessment = a, Period = p }).ToListAsync(ct);
        foreach (var open in undecided.Where(x => x.Period.State < PeriodState.Approved))
        {
            open.Assessment.MoveToBlock(open.Period, unit.BlockId);
        }

        foreach (var period in await db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen).ToListAsync(ct))
        {
            var assessed = await db.Assessments.IgnoreQueryFilters([QueryFilters.CountingAssessments])
                .Where(a => a.PeriodId == period.Id && a.UnitId == unit.Id).Select(a => a.UnitId).ToListAsync(ct);
            foreach (var assessment in AssessmentOpening.Open(period, [unit], assessed.ToHashSet()))
            {
                db.Assessments.Add(assessment);
                db.Audit(user, clock, "assessment.opened", nameof(Assessment), assessment.Id,
                    newValues: new { assessment.PeriodId, assessment.UnitId, assessment.FrameworkId, Reason = "unit.movedToBlock" });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
