using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

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
        var assessments = await (from a in db.Assessments.AsNoTracking()
                                 join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                                 join b in db.Blocks.AsNoTracking() on u.BlockId equals b.Id
                                 where a.PeriodId == request.PeriodId
                                 select new { a.Id, a.UnitId, a.FrameworkId, b.Kind }).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToListAsync(ct);
        var shapes = frameworks.ToDictionary(f => f.Id, f => new FrameworkShape(f));
        var kinds = assessments.Select(a => a.Kind).Distinct().ToList();
        var answers = await InspectorLoadCounts.ReadAsync(db, request.PeriodId, kinds,
            kind => [.. frameworks.SelectMany(f => AppraisedCriteria.Leaves(f, kind, AppraisalScope.WholeUnitScope))], ct);

        // Every active inspector is listed, with nothing yet if need be: the view is for spreading the work.
        var people = (await accounts.ListAsync(ct))
            .Where(a => (a.IsActive && AppraisalAccess.Appraisers.Any(a.Roles.Contains)) || assignments.Any(x => x.InspectorUserId == a.Id))
            .ToList();
        var byInspector = assignments.ToLookup(a => a.InspectorUserId);
        var rows = new List<InspectorLoad>();
        foreach (var person in people)
        {
            var mine = byInspector[person.Id].ToList();
            var wholeUnits = mine.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).ToHashSet();
            var domainIds = mine.Where(a => a.DomainNodeId is not null).Select(a => a.DomainNodeId!.Value).ToHashSet();
            int units = 0, criteria = 0, appraised = 0;
            foreach (var assessment in assessments)
            {
                var shape = shapes[assessment.FrameworkId];
                var whole = wholeUnits.Contains(assessment.UnitId);
                var covered = whole ? shape.Domains : shape.Domains.Where(domainIds.Contains).ToList();
                // The same exclusion AppraisalAccess applies: a domain does not reach the inspector's own unit.
                if ((!whole && covered.Count == 0) || AppraisalAssignment.IsConflictOfInterest(person.UnitId, assessment.UnitId))
                {
                    continue;
                }

                units++;
                foreach (var domain in covered)
                {
                    var answered = answers.GetValueOrDefault((assessment.Id, domain));
                    criteria += shape.LeafCount(assessment.Kind, domain) - answered.NotApplicable;
                    appraised += answered.Appraised;
                }
            }

            rows.Add(new InspectorLoad(person.Id, $"{person.FullName} ({person.UserName})", units, criteria, appraised));
        }

        return [.. rows.OrderBy(r => r.Inspector, StringComparer.Ordinal)];
    }

    /// <summary>A framework's domains and, per kind of unit, how many appraised criteria each domain holds (a few dozen nodes, read once).</summary>
    private sealed class FrameworkShape(Framework framework)
    {
        private readonly Dictionary<(BlockKind, Guid), int> _leafCounts = [];

        public List<Guid> Domains { get; } = [.. framework.Nodes.Where(n => n.ParentId is null).Select(n => n.Id)];

        public int LeafCount(BlockKind kind, Guid domain)
        {
            if (!_leafCounts.TryGetValue((kind, domain), out var count))
            {
                count = AppraisedCriteria.Leaves(framework, kind, new AppraisalScope(false, new HashSet<Guid> { domain })).Count();
                _leafCounts[(kind, domain)] = count;
            }

            return count;
        }
    }
}
