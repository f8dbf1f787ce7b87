using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Dashboards;

/// <summary>
/// Every decided scorecard of a block in a period, computed by the engine the scorecard page uses. A national block
/// holds 400,000 responses: they are read as the few columns the decision needs in one query, not as entities with
/// their appraisal history, and each framework's shape is read once. Imported years have no responses and no scorecard.
/// </summary>
internal static class BlockScores
{
    public static async Task<List<(Guid UnitId, AssessmentScore Score)>> ReadAsync(IParIndexDb db, Guid periodId, Block block, CancellationToken ct)
    {
        var decided = DecidedAssessments.InBlock(db, block.Id).Where(a => a.PeriodId == periodId && a.ResultSource != ResultSource.Imported);
        var assessments = await decided.Select(a => new { a.Id, a.UnitId, a.FrameworkId }).ToListAsync(ct);
        var rows = await (from r in db.CriterionResponses.AsNoTracking()
                          join a in decided on r.AssessmentId equals a.Id
                          select new { r.AssessmentId, r.NodeId, r.Inputs, r.SelfScore, r.IsNotApplicable, r.NotApplicableReason, r.FinalScore, r.AppraisalComment })
            .ToListAsync(ct);
        var responses = rows.GroupBy(r => r.AssessmentId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Guid, DecidedInput>)g.ToDictionary(
            r => r.NodeId, r => new DecidedInput(r.NodeId, r.Inputs, r.SelfScore, r.IsNotApplicable, r.NotApplicableReason, r.FinalScore, r.AppraisalComment)));

        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var shapes = (await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToListAsync(ct))
            .ToDictionary(f => f.Id, f => (Plan: ScoringPlan.For(f), Leaves: (IReadOnlyList<FrameworkNode>)[.. f.Leaves().Where(l => l.AppliesTo(block.Kind))],
                f.MissingSurvey));
        // A unit that answered nothing still has a scorecard, of zeros, as the council's decision gave it.
        var none = new Dictionary<Guid, DecidedInput>();
        return [.. assessments.Select(a => (a.UnitId, ScoreCalculator.Compute(shapes[a.FrameworkId].Plan,
            DecidedScores.PointsOf(shapes[a.FrameworkId].Leaves, responses.GetValueOrDefault(a.Id) ?? none, shapes[a.FrameworkId].MissingSurvey))))];
    }
}
