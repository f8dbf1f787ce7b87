using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The year being assessed at the demo's appraisal stage (<c>Demo:Stage=Appraisal</c>), built as entities: the
/// deadline passed two days ago, every unit submitted except two locked at the deadline, and round 1 has begun.
/// At the default stage the year is made through the use cases instead (<see cref="DemoOpenYear"/>), which names the
/// units that have started (<see cref="InProgressUnitCodes"/>) and the one that submitted.
/// </summary>
internal sealed class DemoCurrentYear(DemoProvince province, DemoFramework departments, DemoFramework communesWards,
    DemoAccountPlan accounts, Random random)
{
    public const string SubmittedUnitCode = "PLAMSON";

    public static readonly string[] InProgressUnitCodes = ["SYT", "STP", "SXD", "CAT", "XNGHIAHUNG", "PHONGSON"];

    /// <summary>At the appraisal stage these did not submit in time and were locked with what they had.</summary>
    public static readonly string[] LateUnitCodes = ["SXD", "XNGHIAHUNG"];

    private const string ExternalSource = "Hệ thống thông tin giải quyết TTHC tỉnh";

    public (EvaluationPeriod Period, IReadOnlyList<Assessment> Assessments) BuildInAppraisal(int year, DateTime nowUtc)
    {
        var today = DemoCalendar.VietnamDate(nowUtc);
        var opens = DemoCalendar.Utc(today.AddDays(-45), 8);
        var deadline = DemoCalendar.Utc(today.AddDays(-2), 17);
        var period = DemoPeriods.Open(year, province, departments, communesWards, opens, deadline);

        var assessments = new List<Assessment>();
        foreach (var block in new[] { province.Departments, province.CommunesWards, province.VerticalAgencies })
        {
            var framework = block == province.CommunesWards ? communesWards : departments;
            foreach (var (unit, assessment) in Open(period, block, year))
            {
                var selfScored = framework.Leaves.Where(l => l.Spec.Method == AssessmentMethod.SelfAssessed).ToList();
                if (LateUnitCodes.Contains(unit.Code))
                {
                    Fill(period, assessment, unit, selfScored.Take(random.Next(6, 14)).ToList(), opens, deadline.AddDays(-3));
                }
                else
                {
                    Fill(period, assessment, unit, selfScored, opens, deadline.AddDays(-4));
                    assessment.Submit(period, accounts.LeaderOf(unit.Code), deadline.AddHours(-random.Next(2, 72)));
                }

                assessment.LockIfPastDeadline(period, deadline);
                RecordExternalData(assessment, unit, framework);
                assessments.Add(assessment);
            }
        }

        period.MoveTo(PeriodState.SelfAssessmentClosed, deadline);
        period.MoveTo(PeriodState.AppraisalRound1, deadline.AddHours(16));
        foreach (var assessment in assessments)
        {
            assessment.BeginAppraisal();
        }

        return (period, assessments);
    }

    /// <summary>
    /// The block's units with the assessments opening the period gives them: the same rule a province's period
    /// follows when its administrator opens self-assessment (<see cref="AssessmentOpening"/>).
    /// </summary>
    private IEnumerable<(DemoUnit Unit, Assessment Assessment)> Open(EvaluationPeriod period, Block block, int year)
    {
        var units = province.AssessedIn(block, year);
        var opened = AssessmentOpening.Open(period, units.Select(u => u.Unit), new HashSet<Guid>());
        return units.Join(opened, u => u.Unit.Id, a => a.UnitId, (u, a) => (u, a));
    }

    /// <summary>The dossier system's figures, as the public service centre supplies them for every unit.</summary>
    private void RecordExternalData(Assessment assessment, DemoUnit unit, DemoFramework framework)
    {
        foreach (var leaf in framework.Leaves.Where(l => l.Spec.Method == AssessmentMethod.External && DemoNotApplicable.Reason(unit, l) is null))
        {
            var draft = DemoScoreSheet.Draft(leaf, random);
            assessment.ResponseFor(leaf.Node.Id).RecordDataResult(draft.Inputs, draft.Points, ExternalSource);
        }
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
