using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// The inspector's work queue: the units assigned to them (wholly or through a domain) with state, deadline and
/// progress. Administrators, the council and leaders see every unit, with who appraises it. Without a period, the
/// latest one under appraisal.
/// </summary>
public sealed record GetAppraisalQueue(Guid? PeriodId = null);

public sealed record AppraisalQueue(Guid PeriodId, int Year, string PeriodName, PeriodState PeriodState, DateTime? NextDeadlineUtc,
    bool Round1ResultsReleased, IReadOnlyList<AppraisalQueueRow> Rows);

/// <summary>
/// <see cref="Appraised"/> of <see cref="ToAppraise"/> counts the criteria within the caller's reach (every criterion for
/// readers); <see cref="Scope"/> says what the caller was assigned, in the reader's language (the whole unit, or its domains).
/// </summary>
public sealed record AppraisalQueueRow(Guid UnitId, string UnitName, string BlockName, AssessmentState State, DateTime? SubmittedAtUtc,
    int Appraised, int ToAppraise, int Questions, int Answered, string? Scope, IReadOnlyList<string> Inspectors) : IWorkListRow;

public sealed class GetAppraisalQueueHandler(IParIndexDbFactory dbFactory, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    // States are stored as text, so "between" is a list, not a comparison.
    private static readonly PeriodState[] UnderAppraisal =
    [
        PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.ExplanationOpen, PeriodState.ExplanationClosed,
        PeriodState.AppraisalRound2, PeriodState.CouncilReview,
    ];

    public async Task<AppraisalQueue> HandleAsync(GetAppraisalQueue request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "appraisal.queue", nameof(EvaluationPeriod), request.PeriodId, ct, AppraisalAccess.QueueReaders);
        var period = await PeriodAsync(db, request.PeriodId, ct);
        var assignments = await db.AppraisalAssignments.AsNoTracking().Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        var isAppraiser = AppraisalAccess.Appraisers.Any(user.IsInRole);
        var mine = isAppraiser ? assignments.Where(a => a.InspectorUserId == user.UserId).ToList() : null;

        // An inspector assigned units only (the usual case) reads just those. Whole units (readers, unit assignments)
        // are counted by the database; domain assignments read each response's flags: a national period holds 400,000.
        var unitsOnly = mine is not null && mine.All(a => a.UnitId is not null);
        var inReach = mine?.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).ToList() ?? [];
        var assessmentQuery = db.Assessments.AsNoTracking().Where(a => a.PeriodId == period.Id && (!unitsOnly || inReach.Contains(a.UnitId)));
        var assessments = await assessmentQuery.Select(a => new { a.Id, a.UnitId, a.FrameworkId, a.State, a.SubmittedAtUtc }).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var unitIds = assessments.Select(a => a.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var names = await InspectorNamesAsync(assignments, ct);

        var wholeUnits = mine is null || unitsOnly;
        var counted = new Dictionary<Guid, ResponseCounts>();
        if (wholeUnits)
        {
            foreach (var group in assessments.GroupBy(a => (a.FrameworkId, blocks[units[a.UnitId].BlockId].Kind)))
            {
                var leafIds = AppraisedLeaves(frameworks[group.Key.FrameworkId], group.Key.Kind, AppraisalScope.WholeUnitScope).ToList();
                foreach (var (id, count) in await CountAsync(db, [.. group.Select(a => a.Id)], leafIds, ct))
                {
                    counted[id] = count;
                }
            }
        }

        var flags = wholeUnits
            ? null
            : (await (from r in db.CriterionResponses.AsNoTracking()
                      join a in assessmentQuery on r.AssessmentId equals a.Id
                      select new ResponseFlags(r.AssessmentId, r.NodeId, r.IsNotApplicable, r.Round1Score != null || r.Round2Score != null,
                          r.ExplanationQuestion != null, r.ExplanationAnswer != null)).ToListAsync(ct)).ToLookup(r => r.AssessmentId);

        // A framework's leaves for a kind of unit are the same for every unit of that kind: worked out once.
        var wholeUnitLeaves = new Dictionary<(Guid FrameworkId, BlockKind Kind), HashSet<Guid>>();
        var domainsOf = frameworks.ToDictionary(f => f.Key, f => f.Value.Nodes.Where(n => n.ParentId is null).ToList());
        var rows = new List<AppraisalQueueRow>();
        foreach (var assessment in assessments)
        {
            var framework = frameworks[assessment.FrameworkId];
            var unit = units[assessment.UnitId];
            var domains = domainsOf[framework.Id];
            var scope = mine is null
                ? AppraisalScope.WholeUnitScope
                : new AppraisalScope(mine.Any(a => a.UnitId == unit.Id), mine.Where(a => a.DomainNodeId is { } d && domains.Any(n => n.Id == d)).Select(a => a.DomainNodeId!.Value).ToHashSet());
            if (scope.IsEmpty)
            {
                continue;
            }

            var kind = blocks[unit.BlockId].Kind;
            var leaves = scope.WholeUnit
                ? wholeUnitLeaves.TryGetValue((framework.Id, kind), out var known) ? known : wholeUnitLeaves[(framework.Id, kind)] = AppraisedLeaves(framework, kind, scope).ToHashSet()
                : AppraisedLeaves(framework, kind, scope).ToHashSet();
            var count = flags is null ? counted.GetValueOrDefault(assessment.Id, ResponseCounts.None) : ResponseCounts.Of(flags[assessment.Id], leaves);
            var inspectors = assignments.Where(a => a.UnitId == unit.Id || (a.DomainNodeId is { } d && domains.Any(n => n.Id == d)))
                .Select(a => names.GetValueOrDefault(a.InspectorUserId, "?")).Distinct().Order().ToList();
            rows.Add(new AppraisalQueueRow(unit.Id, unit.Name, blocks[unit.BlockId].Name, assessment.State, assessment.SubmittedAtUtc,
                count.Appraised, leaves.Count - count.NotApplicable, count.Asked, count.Answered,
                mine is null ? null : ScopeText(scope, domains), inspectors));
        }

        var next = period.State is PeriodState.ExplanationOpen ? period.ExplanationDeadlineUtc : period.AppraisalDeadlineUtc;
        return new AppraisalQueue(period.Id, period.Year, period.Name, period.State, next, period.Round1ResultsReleased,
            [.. rows.OrderBy(r => r.BlockName, StringComparer.Ordinal).ThenBy(r => r.UnitName, StringComparer.Ordinal)]);
    }

    /// <summary>The leaves an inspector appraises: self-assessed, not bonus, applying to the unit's kind, within the scope.</summary>
    private static IEnumerable<Guid> AppraisedLeaves(Framework framework, BlockKind kind, AppraisalScope scope) =>
        AppraisedCriteria.Leaves(framework, kind, scope);

    /// <summary>Each assessment's counts over <paramref name="leafIds"/>, added up by the database rather than read row by row.</summary>
    private static async Task<Dictionary<Guid, ResponseCounts>> CountAsync(IParIndexDb db, List<Guid> assessmentIds, List<Guid> leafIds, CancellationToken ct) =>
        await db.CriterionResponses.AsNoTracking().Where(r => assessmentIds.Contains(r.AssessmentId)).GroupBy(r => r.AssessmentId)
            .Select(g => new
            {
                g.Key,
                Appraised = g.Count(r => leafIds.Contains(r.NodeId) && !r.IsNotApplicable && (r.Round1Score != null || r.Round2Score != null)),
                NotApplicable = g.Count(r => leafIds.Contains(r.NodeId) && r.IsNotApplicable),
                Asked = g.Count(r => r.ExplanationQuestion != null),
                Answered = g.Count(r => r.ExplanationAnswer != null),
            })
            .ToDictionaryAsync(c => c.Key, c => new ResponseCounts(c.Appraised, c.NotApplicable, c.Asked, c.Answered), ct);

    private sealed record ResponseFlags(Guid AssessmentId, Guid NodeId, bool IsNotApplicable, bool Appraised, bool Asked, bool Answered);

    private sealed record ResponseCounts(int Appraised, int NotApplicable, int Asked, int Answered)
    {
        public static ResponseCounts None { get; } = new(0, 0, 0, 0);

        public static ResponseCounts Of(IEnumerable<ResponseFlags> flags, IReadOnlySet<Guid> leaves)
        {
            var list = flags.ToList();
            return new(list.Count(r => leaves.Contains(r.NodeId) && !r.IsNotApplicable && r.Appraised), list.Count(r => leaves.Contains(r.NodeId) && r.IsNotApplicable),
                list.Count(r => r.Asked), list.Count(r => r.Answered));
        }
    }

    private static string ScopeText(AppraisalScope scope, List<FrameworkNode> domains) =>
        scope.WholeUnit ? AppraisalMessages.ScopeWholeUnit : string.Join(", ", domains.Where(d => scope.DomainIds.Contains(d.Id)).OrderBy(d => d.SortOrder).Select(d => AppraisalMessages.ScopeDomain(d.Code)));

    private static async Task<EvaluationPeriod> PeriodAsync(IParIndexDb db, Guid? periodId, CancellationToken ct)
    {
        var periods = db.Periods.AsNoTracking();
        var period = periodId is { } id
            ? await periods.SingleOrDefaultAsync(p => p.Id == id, ct)
            : await periods.Where(p => UnderAppraisal.Contains(p.State)).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct)
              ?? await periods.Where(p => p.State != PeriodState.Draft).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);
        return period ?? throw new NotFoundException(nameof(EvaluationPeriod), periodId?.ToString() ?? "under appraisal");
    }

    private async Task<Dictionary<Guid, string>> InspectorNamesAsync(List<AppraisalAssignment> assignments, CancellationToken ct)
    {
        if (assignments.Count == 0)
        {
            return [];
        }

        var ids = assignments.Select(a => a.InspectorUserId).ToHashSet();
        return (await accounts.ListAsync(ct)).Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id, a => a.FullName);
    }
}
