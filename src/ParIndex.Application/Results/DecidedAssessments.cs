using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Results;

/// <summary>The assessments of a block's units with a decided (or imported) result, for the readers of results to narrow.</summary>
internal static class DecidedAssessments
{
    public static IQueryable<Assessment> InBlock(IParIndexDb db, Guid blockId) =>
        from a in db.Assessments.AsNoTracking()
        join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
        where u.BlockId == blockId && a.FinalIndex != null
        select a;
}
