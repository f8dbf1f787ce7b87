using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Improvement;

/// <summary>
/// A decided year on a 100-point framework (domain 1: 1.1 worth 2, 1.2 worth 48; domain 2: 2.1 worth 50) and a ranked
/// block of three departments. Xuất sắc needs 90 and every domain at 85% or more.
/// <list type="bullet">
/// <item>An: 0 + 40 + 49 = 89 (domain 1 at 80%), Tốt, rank 3 — lost 2 on 1.1, 8 on 1.2, 1 on 2.1.</item>
/// <item>Bình: 2 + 44 + 44.5 = 90.5, Xuất sắc, rank 2. Cường: 2 + 46 + 44 = 92, Xuất sắc, rank 1.</item>
/// </list>
/// A second block holds one commune with a result, so the overview's block filter has something to leave out.
/// </summary>
internal sealed record ImprovementStory(Guid PeriodId, int Year, Guid BlockId, Guid OtherBlockId, Guid An, Guid Binh, Guid Cuong, Guid Commune,
    Guid Plan, Guid Inspection, Guid OnTime)
{
    public const string PlanReason = "Chưa ban hành kế hoạch CCHC năm.";

    public static async Task<ImprovementStory> SeedAsync(TestApp app, PeriodState state = PeriodState.Published, string? tieBreak = null)
    {
        var year = await FreeYearAsync(app);
        var block = new Block(TestApp.UniqueCode("B"), "Sở, ban, ngành", null, BlockKind.Department, isRanked: true, sortOrder: 1);
        var communes = new Block(TestApp.UniqueCode("B"), "Xã, phường", null, BlockKind.CommuneWard, isRanked: true, sortOrder: 2);
        var an = new Unit(TestApp.UniqueCode("U"), "Sở An", block.Id);
        var binh = new Unit(TestApp.UniqueCode("U"), "Sở Bình", block.Id);
        var cuong = new Unit(TestApp.UniqueCode("U"), "Sở Cường", block.Id);
        var commune = new Unit(TestApp.UniqueCode("U"), "UBND xã Đông", communes.Id);

        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số 100 điểm", BlockKind.Department, 1, "Thử", isIllustrative: true);
        var d1 = framework.AddNode(null, NodeLevel.Domain, "1", "Công tác chỉ đạo, điều hành", 50m);
        var plan = Leaf(framework, d1, "1.1", "Ban hành kế hoạch CCHC", 2m);
        var inspection = Leaf(framework, d1, "1.2", "Kiểm tra công tác CCHC", 48m);
        var d2 = framework.AddNode(null, NodeLevel.Domain, "2", "Cải cách thủ tục hành chính", 50m);
        var onTime = Leaf(framework, d2, "2.1", "Giải quyết hồ sơ đúng hạn", 50m);

        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(year, 11, 30, 10, 0, 0, DateTimeKind.Utc));
        period.UseFramework(block.Id, framework.Id);
        period.SetBands(block.Id, [(Classification.Excellent, 90m, 85m), (Classification.Good, 80m, null), (Classification.Fair, 70m, null),
            (Classification.Average, 50m, null), (Classification.Weak, 0m, null)]);
        period.SetTieBreak(tieBreak);
        var path = new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview,
            PeriodState.Approved, PeriodState.Published };
        foreach (var step in path.Take(Array.IndexOf(path, state) + 1))
        {
            period.MoveTo(step, new DateTime(year, 12, 15, 0, 0, 0, DateTimeKind.Utc));
        }

        var decided = state is PeriodState.Approved or PeriodState.Published;
        var now = new DateTime(year, 11, 20, 0, 0, 0, DateTimeKind.Utc);
        Assessment Sheet(Unit unit, decimal p, decimal i, decimal o, decimal index, Classification classification, int rank, params string?[] reasons)
        {
            var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, framework.Id);
            Answer(assessment, plan, p, reasons.ElementAtOrDefault(0), now);
            Answer(assessment, inspection, i, reasons.ElementAtOrDefault(1), now);
            Answer(assessment, onTime, o, reasons.ElementAtOrDefault(2), now);
            if (decided)
            {
                assessment.RecordResult(index, classification, rank, ResultSource.Computed);
            }

            return assessment;
        }

        var communeResult = new Assessment(period.Id, commune.Id, commune.BlockId, framework.Id);
        communeResult.RecordResult(75m, Classification.Fair, 1, ResultSource.Imported);
        await using var db = app.NewDbContext();
        db.AddRange(block, communes, an, binh, cuong, commune, framework, period, communeResult,
            Sheet(an, 0m, 40m, 49m, 89m, Classification.Good, 3, PlanReason, "Kiểm tra chưa đủ 30% đơn vị trực thuộc.", "Một hồ sơ trễ hạn."),
            Sheet(binh, 2m, 44m, 44.5m, 90.5m, Classification.Excellent, 2),
            Sheet(cuong, 2m, 46m, 44m, 92m, Classification.Excellent, 1));
        await db.SaveChangesAsync();
        return new ImprovementStory(period.Id, year, block.Id, communes.Id, an.Id, binh.Id, cuong.Id, commune.Id, plan.Id, inspection.Id, onTime.Id);
    }

    private static void Answer(Assessment assessment, FrameworkNode leaf, decimal final, string? reason, DateTime now)
    {
        var response = assessment.ResponseFor(leaf.Id);
        response.RecordSelfAssessment("{}", leaf.MaxPoints, null, Guid.NewGuid(), now);
        response.RecordFinalScore(final, reason);
    }

    private static FrameworkNode Leaf(Framework framework, FrameworkNode domain, string code, string title, decimal max)
    {
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, code, title, max);
        leaf.SetRule(AssessmentMethod.SelfAssessed, RuleType.YesNo, $$"""{"yes":{{max}},"no":0}""", WhenNothingToCount.Zero);
        return leaf;
    }

    private static async Task<int> FreeYearAsync(TestApp app)
    {
        await using var db = app.NewDbContext();
        var used = await db.Periods.Select(p => p.Year).ToListAsync();
        return Enumerable.Range(2000, 101).Reverse().First(year => !used.Contains(year));
    }
}
