using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// The load view: for each inspector of a period, how many units and criteria they appraise and how many of those
/// criteria are done, so Home Affairs can spread the work evenly before the round starts and follow it after.
/// </summary>
public sealed record GetInspectorLoad(Guid PeriodId);

/// <summary>
/// <see cref="Criteria"/> counts the criteria within the inspector's assignments as the work queue does (self-assessed,
/// not bonus, applying to the unit's kind, not marked not applicable); <see cref="Appraised"/> those with a round-1 or
/// round-2 score, whoever gave it. A unit reached both wholly and through a domain counts once.
/// </summary>
public sealed record InspectorLoad(Guid InspectorUserId, string Inspector, int Units, int Criteria, int Appraised);

public sealed class GetInspectorLoadHandler(IParIndexDbFactory dbFactory, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    public async Task<IReadOnlyList<InspectorLoad>> HandleAsync(GetInspectorLoad request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "appraisal.loadRead", nameof(EvaluationPeriod), request.PeriodId, ct, AppraisalAccess.Readers);
        if (!await db.Periods.AnyAsync(p => p.Id == request.PeriodId, ct))
        {
            throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        }

        var assignments = await db.AppraisalAssignments.AsNoTracking().Where(a => a.PeriodId == request.PeriodId).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == request.PeriodId)
            .Select(a => new { a.Id, a.UnitId, a.FrameworkId }).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var unitIds = assessments.Select(a => a.UnitId).ToList();
        var kinds = await (from u in db.Units.AsNoTracking()
                           join b in db.Blocks.AsNoTracking() on u.BlockId equals b.Id
                           where unitIds.Contains(u.Id)
                           select new { u.Id, b.Kind }).ToDictionaryAsync(u => u.Id, u => u.Kind, ct);
        var responses = (await (from r in db.CriterionResponses.AsNoTracking()
                                join a in db.Assessments.AsNoTracking() on r.AssessmentId equals a.Id
                                where a.PeriodId == request.PeriodId
                                select new { r.AssessmentId, r.NodeId, r.IsNotApplicable, Appraised = r.Round1Score != null || r.Round2Score != null })
                .ToListAsync(ct)).ToLookup(r => r.AssessmentId);

        // Every active inspector is listed, with nothing yet if need be: the view is for spreading the work.
        var people = (await accounts.ListAsync(ct))
            .Where(a => (a.IsActive && AppraisalAccess.Appraisers.Any(a.Roles.Contains)) || assignments.Any(x => x.InspectorUserId == a.Id))
            .ToList();
        var rows = new List<InspectorLoad>();
        foreach (var person in people)
        {
            var mine = assignments.Where(a => a.InspectorUserId == person.Id).ToList();
            int units = 0, criteria = 0, appraised = 0;
            foreach (var assessment in assessments)
            {
                var framework = frameworks[assessment.FrameworkId];
                var domains = framework.Nodes.Where(n => n.ParentId is null).Select(n => n.Id).ToHashSet();
                var scope = new AppraisalScope(mine.Any(a => a.UnitId == assessment.UnitId),
                    mine.Where(a => a.DomainNodeId is { } d && domains.Contains(d)).Select(a => a.DomainNodeId!.Value).ToHashSet());
                // The same exclusion AppraisalAccess applies: a domain does not reach the inspector's own unit.
                if (scope.IsEmpty || AppraisalAssignment.IsConflictOfInterest(person.UnitId, assessment.UnitId))
                {
                    continue;
                }

                var leaves = AppraisedCriteria.Leaves(framework, kinds[assessment.UnitId], scope).ToHashSet();
                var answered = responses[assessment.Id].Where(r => leaves.Contains(r.NodeId)).ToList();
                units++;
                criteria += leaves.Count - answered.Count(r => r.IsNotApplicable);
                appraised += answered.Count(r => !r.IsNotApplicable && r.Appraised);
            }

            rows.Add(new InspectorLoad(person.Id, $"{person.FullName} ({person.UserName})", units, criteria, appraised));
        }

        return [.. rows.OrderBy(r => r.Inspector, StringComparer.Ordinal)];
    }
}
