using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Results;

/// <summary>The assessments decided (or imported) in a block — the block of that year, which a unit moved since keeps for the readers of results to narrow.</summary>
internal static class DecidedAssessments
{
    public static IQueryable<Assessment> InBlock(IParIndexDb db, Guid blockId) =>
        db.Assessments.AsNoTracking().Where(a => a.BlockId == blockId && a.FinalIndex != null);
}
