using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Replays one finished year through the real cycle, at the dates it would have happened: open in December, units
/// self-assess and submit in January, appraisal, council, approval, results, publication in March.
/// </summary>
internal sealed class DemoPastYear(DemoProvince province, DemoFramework departments, DemoFramework communesWards,
    DemoStory story, DemoAccountPlan accounts, Random random)
{
    public (EvaluationPeriod Period, IReadOnlyList<Assessment> Assessments) Build(int year, int pastIndex)
    {
        var next = year + 1;
        var deadline = DemoCalendar.Utc(new DateOnly(next, 1, 15), 17);
        var period = DemoPeriods.Open(year, province, departments, communesWards, DemoCalendar.Utc(new DateOnly(year, 12, 1), 8), deadline);
        period.SetLaterDeadlines(null, DemoCalendar.Utc(new DateOnly(next, 2, 20), 17));

        var sheets = new List<DemoSheet>();
        foreach (var block in new[] { province.Departments, province.CommunesWards, province.VerticalAgencies })
        {
            var framework = block == province.CommunesWards ? communesWards : departments;
            foreach (var unit in province.AssessedIn(block, year))
            {
                sheets.Add(SelfAssess(period, unit, framework, story.Target(unit.Code, pastIndex), next));
            }
        }

        period.MoveTo(PeriodState.SelfAssessmentClosed, deadline);
        period.MoveTo(PeriodState.AppraisalRound1, DemoCalendar.Utc(new DateOnly(next, 1, 20), 8));
        foreach (var (response, score) in sheets.SelectMany(s => s.Entries).Where(e => !e.Score.IsNotApplicable))
        {
            response.RecordFinalScore(score.FinalScore!.Value, score.Comment);
        }

        period.MoveTo(PeriodState.CouncilReview, DemoCalendar.Utc(new DateOnly(next, 2, 25), 8));
        period.MoveTo(PeriodState.Approved, DemoCalendar.Utc(new DateOnly(next, 3, 5), 14));
        DemoResults.Record(period, sheets);
        period.MoveTo(PeriodState.Published, DemoCalendar.Utc(new DateOnly(next, 3, 10), 9));
        return (period, [.. sheets.Select(s => s.Assessment)]);
    }

    private DemoSheet SelfAssess(EvaluationPeriod period, DemoUnit unit, DemoFramework framework, decimal target, int next)
    {
        var scores = DemoScoreSheet.Draw(framework.Leaves, leaf => DemoNotApplicable.Reason(unit, leaf), target, random);
        var assessment = new Assessment(period.Id, unit.Unit.Id, unit.Unit.BlockId, framework.Framework.Id);
        var filledAt = DemoCalendar.Utc(new DateOnly(next, 1, random.Next(5, 14)), random.Next(8, 16), random.Next(0, 60));
        var staff = accounts.StaffOf(unit.Code);
        var entries = new List<(CriterionResponse, DemoLeafScore)>();
        foreach (var score in scores)
        {
            var response = assessment.Respond(period, score.Leaf.Node.Id, filledAt);
            if (score.NotApplicableReason is { } reason)
            {
                response.MarkNotApplicable(reason);
            }
            else if (score.Leaf.Spec.Method != AssessmentMethod.Survey)
            {
                response.RecordSelfAssessment(score.Inputs, score.SelfScore, score.Explanation, staff, filledAt);
            }

            entries.Add((response, score));
        }

        assessment.Submit(period, accounts.LeaderOf(unit.Code), filledAt.AddDays(1));
        return new DemoSheet(unit, assessment, entries);
    }
}
