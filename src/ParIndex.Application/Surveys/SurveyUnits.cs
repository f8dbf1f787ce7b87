using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>A unit the survey can rate: its period assessment and its framework's survey criteria by code.</summary>
internal sealed record SurveyUnit(Guid UnitId, string Code, string Name, Guid BlockId, Assessment Assessment, Framework Framework,
    IReadOnlyDictionary<string, FrameworkNode> SurveyLeaves);

/// <summary>
/// The units of the survey's period and the survey criteria of each one's framework (survey leaves that apply to its
/// block's kind). A question about a unit exists only where the unit's framework has the question's criterion.
/// </summary>
internal static class SurveyUnits
{
    public static async Task<IReadOnlyList<SurveyUnit>> LoadAsync(IParIndexDb db, Guid periodId, bool tracked, CancellationToken ct)
    {
        var query = db.Assessments.Where(a => a.PeriodId == periodId);
        var assessments = await (tracked ? query.Include(a => a.Responses) : query.AsNoTracking()).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var unitIds = assessments.Select(a => a.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var kinds = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Kind, ct);
        var leaves = frameworks.Values.ToDictionary(f => f.Id, f => f.Leaves().Where(l => l.Method == AssessmentMethod.Survey).ToList());
        return
        [
            .. assessments.Select(a =>
            {
                var unit = units[a.UnitId];
                var kind = kinds.GetValueOrDefault(unit.BlockId);
                var survey = leaves[a.FrameworkId].Where(l => l.AppliesTo(kind)).GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
                return new SurveyUnit(unit.Id, unit.Code, unit.Name, unit.BlockId, a, frameworks[a.FrameworkId], survey);
            }).OrderBy(u => u.Code, StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// <summary>The questions a group is asked about each unit it rates (units without any are left out).</summary>
    public static IReadOnlyList<(SurveyUnit Unit, IReadOnlyList<SurveyQuestion> Questions)> FormOf(Survey survey, RespondentGroup group,
        IReadOnlyList<SurveyUnit> units) =>
    [
        .. units.Where(u => group.RatedBlockIds.Contains(u.BlockId))
            .Select(u => (Unit: u, Questions: (IReadOnlyList<SurveyQuestion>)[.. survey.Questions.Where(q => u.SurveyLeaves.ContainsKey(q.CriterionCode))]))
            .Where(x => x.Questions.Count > 0),
    ];

    public static HashSet<SurveyCell> CellsOf(IReadOnlyList<(SurveyUnit Unit, IReadOnlyList<SurveyQuestion> Questions)> form) =>
        [.. form.SelectMany(f => f.Questions.Select(q => new SurveyCell(f.Unit.UnitId, q.Id)))];
}
