using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>One unit's survey criterion: the counted answers, the rate (0–100 %) and the points out of the criterion's maximum.</summary>
internal sealed record SurveyResultRow(SurveyUnit Unit, FrameworkNode Leaf, int Answers, decimal? Rate, decimal? Points);

/// <summary>
/// Every unit's survey points per criterion from the ballots (<see cref="SurveyScoring"/>), matched to the criteria
/// of each unit's framework: what the results page shows and what applying writes.
/// </summary>
internal static class SurveyResultSheet
{
    public static async Task<IReadOnlyList<SurveyResultRow>> ReadAsync(IParIndexDb db, Survey survey, bool tracked, CancellationToken ct)
    {
        var units = await SurveyUnits.LoadAsync(db, survey.PeriodId, tracked, ct);
        var ballots = await db.SurveyBallots.AsNoTracking().Where(b => b.SurveyId == survey.Id).ToListAsync(ct);
        var rates = SurveyScoring.CriterionRates(survey, ballots).ToDictionary(r => (r.UnitId, r.CriterionCode.ToUpperInvariant()));
        var criteria = survey.Questions.Select(q => q.CriterionCode).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ratedBlocks = survey.Groups.SelectMany(g => g.RatedBlockIds).ToHashSet();
        var rows = new List<SurveyResultRow>();
        foreach (var unit in units.Where(u => ratedBlocks.Contains(u.BlockId)))
        {
            foreach (var code in criteria)
            {
                if (!unit.SurveyLeaves.TryGetValue(code, out var leaf))
                {
                    continue;
                }

                var rate = rates.GetValueOrDefault((unit.UnitId, code.ToUpperInvariant()));
                rows.Add(new SurveyResultRow(unit, leaf, rate?.Answers ?? 0, rate?.Rate, rate?.PointsOutOf(leaf.MaxPoints)));
            }
        }

        return rows;
    }
}
