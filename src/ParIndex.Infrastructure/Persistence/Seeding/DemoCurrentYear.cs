using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The year being assessed: opened two weeks ago, due in 30 days at 17:00 Vietnam time. Every active unit has an
/// assessment; a few have started, one ward has submitted, the rest have not begun.
/// </summary>
internal sealed class DemoCurrentYear(DemoProvince province, DemoFramework departments, DemoFramework communesWards,
    DemoAccountPlan accounts, Random random)
{
    public const string SubmittedUnitCode = "PLAMSON";

    private static readonly string[] InProgressUnitCodes = ["SYT", "STP", "SXD", "CAT", "XNGHIAHUNG", "PHONGSON"];

    public (EvaluationPeriod Period, IReadOnlyList<Assessment> Assessments) Build(int year, DateTime nowUtc)
    {
        var today = DemoCalendar.VietnamDate(nowUtc);
        var opens = DemoCalendar.Utc(today.AddDays(-14), 8);
        var period = DemoPeriods.Open(year, province, departments, communesWards, opens, DemoCalendar.Utc(today.AddDays(30), 17));

        var assessments = new List<Assessment>();
        foreach (var block in new[] { province.Departments, province.CommunesWards, province.VerticalAgencies })
        {
            var framework = block == province.CommunesWards ? communesWards : departments;
            foreach (var unit in province.AssessedIn(block, year))
            {
                var assessment = new Assessment(period.Id, unit.Unit.Id, framework.Framework.Id);
                var selfScored = framework.Leaves.Where(l => l.Spec.Method != AssessmentMethod.Survey).ToList();
                if (unit.Code == SubmittedUnitCode)
                {
                    Fill(period, assessment, unit, selfScored, opens, nowUtc.AddDays(-2));
                    assessment.WriteReport(period, "Hạ tầng mạng tại Bộ phận Một cửa còn chậm vào giờ cao điểm.",
                        "Đề nghị tỉnh hỗ trợ nâng cấp đường truyền cho Trung tâm phục vụ hành chính công phường.", nowUtc.AddDays(-2));
                    assessment.Submit(period, accounts.LeaderOf(unit.Code), nowUtc.AddDays(-1));
                }
                else if (InProgressUnitCodes.Contains(unit.Code))
                {
                    Fill(period, assessment, unit, selfScored.Take(random.Next(4, 12)).ToList(), opens, nowUtc.AddHours(-1));
                }

                assessments.Add(assessment);
            }
        }

        return (period, assessments);
    }

    private void Fill(EvaluationPeriod period, Assessment assessment, DemoUnit unit, IReadOnlyList<DemoScoredLeaf> leaves,
        DateTime from, DateTime until)
    {
        var staff = accounts.StaffOf(unit.Code);
        foreach (var leaf in leaves)
        {
            var at = from + ((until - from) * random.NextDouble());
            var response = assessment.Respond(period, leaf.Node.Id, at);
            if (DemoNotApplicable.Reason(unit, leaf) is { } reason)
            {
                response.MarkNotApplicable(reason);
                continue;
            }

            var draft = DemoScoreSheet.Draft(leaf, random);
            response.RecordSelfAssessment(draft.Inputs, draft.Points, draft.Points < leaf.Spec.Max ? draft.Comment : null, staff, at);
        }
    }
}
