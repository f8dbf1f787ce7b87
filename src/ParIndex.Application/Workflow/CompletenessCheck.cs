using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Workflow;

/// <summary>Reads a period's <see cref="PeriodCompleteness"/>: every computed assessment against its framework's leaves.</summary>
internal static class CompletenessCheck
{
    public static async Task<PeriodCompleteness> ReadAsync(IParIndexDb db, Guid periodId, CancellationToken ct)
    {
        // Imported years have totals only: nothing per criterion to be missing.
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses)
            .Where(a => a.PeriodId == periodId && a.ResultSource != ResultSource.Imported).ToListAsync(ct);
        var unitIds = assessments.Select(a => a.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var waivers = await WaiversAsync(db, periodId, ct);

        var notSubmitted = new List<UnitNotSubmitted>();
        var unappraised = new List<UnitCriteria>();
        var questions = new List<UnitCriteria>();
        var survey = new List<MissingData>();
        var sector = new List<MissingData>();
        var ordered = assessments.Select(a => (Assessment: a, Unit: units[a.UnitId], Block: blocks[units[a.UnitId].BlockId]))
            .OrderBy(x => x.Block.SortOrder).ThenBy(x => x.Unit.Name, StringComparer.Ordinal);
        foreach (var (assessment, unit, block) in ordered)
        {
            var framework = frameworks[assessment.FrameworkId];
            var responses = assessment.Responses.ToDictionary(r => r.NodeId);
            var leaves = LeavesInOrder(framework).Where(l => l.AppliesTo(block.Kind)).ToList();
            UnitCriteria Criteria(IEnumerable<FrameworkNode> nodes) =>
                new(assessment.Id, unit.Id, unit.Name, block.Id, block.Name, [.. nodes.Select(n => n.Code)]);
            MissingData Missing(FrameworkNode leaf, MissingSurveyRule? rule) =>
                new(unit.Id, unit.Name, block.Name, leaf.Id, leaf.Code, leaf.Title, rule,
                    rule is null ? null : waivers.FirstOrDefault(w => w.NodeId == leaf.Id)?.Reason ?? waivers.FirstOrDefault(w => w.NodeId is null)?.Reason);

            if (CompletenessRules.NeverSubmitted(assessment))
            {
                notSubmitted.Add(new UnitNotSubmitted(unit.Id, unit.Name, block.Name, assessment.State));
            }

            var open = leaves.Where(l => CompletenessRules.IsUnappraised(l, responses.GetValueOrDefault(l.Id), framework.MissingSurvey)).ToList();
            if (open.Count > 0)
            {
                unappraised.Add(Criteria(open));
            }

            var asked = leaves.Where(l => responses.GetValueOrDefault(l.Id) is { } r && CompletenessRules.HasUnansweredQuestion(r)).ToList();
            if (asked.Count > 0)
            {
                questions.Add(Criteria(asked));
            }

            survey.AddRange(leaves.Where(l => DecidedScores.LacksSurveyResult(l, responses.GetValueOrDefault(l.Id))).Select(l => Missing(l, framework.MissingSurvey)));
            sector.AddRange(leaves.Where(l => CompletenessRules.LacksSectorData(l, responses.GetValueOrDefault(l.Id))).Select(l => Missing(l, null)));
        }

        return new PeriodCompleteness(periodId, notSubmitted, unappraised, questions, survey, sector, waivers);
    }

    /// <summary>The framework's leaves as the tree lists them (1.2 before 1.10), so lists read like the framework.</summary>
    public static IEnumerable<FrameworkNode> LeavesInOrder(Framework framework) => CompletenessRules.LeavesInOrder(framework);

    /// <summary>The period's waivers, the lines reports print, period-wide first.</summary>
    public static async Task<IReadOnlyList<SurveyWaiverView>> WaiversAsync(IParIndexDb db, Guid periodId, CancellationToken ct) =>
        [.. (await SurveyWaivers.ReadAsync(db, periodId, ct)).Select(w => new SurveyWaiverView(w.Id, w.NodeId, w.CriterionCode, w.Reason, w.RecordedAtUtc, w.Line))];
}
