using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.SelfAssessment;

/// <summary>
/// A small open period: two communes of one block on a framework with a yes/no leaf needing evidence (2 points),
/// a percent-tier leaf (4), a level leaf (2), a survey leaf (2) and a bonus leaf (cap 1).
/// </summary>
internal sealed record SelfAssessmentStory(
    Guid PeriodId, Guid UnitA, Guid UnitB, Guid AssessmentA, Guid AssessmentB, Guid YesNo, Guid Rate, Guid Level, Guid Survey, Guid Bonus,
    DateTime DeadlineUtc)
{
    public static async Task<SelfAssessmentStory> SeedAsync(TestApp app, TimeSpan deadlineIn)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var block = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var unitA = await app.SeedUnitAsync(block.Id, "Xã An Bình");
        var unitB = await app.SeedUnitAsync(block.Id, "Xã Bình Minh");

        var framework = new Framework(TestApp.UniqueCode("F"), "Khung thử", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        framework.SetCaps(1m, 0m);
        var d1 = framework.AddNode(null, NodeLevel.Domain, "1", "Công tác chỉ đạo, điều hành", 8m);
        var yesNo = Leaf(framework, d1, "1.1", "Ban hành kế hoạch CCHC", 2m, RuleType.YesNo, """{"yes":2,"no":0}""");
        yesNo.Describe(null, "Có kế hoạch: 2 điểm.", "Quyết định ban hành kế hoạch");
        var rate = Leaf(framework, d1, "1.2", "Tỷ lệ hồ sơ đúng hạn", 4m, RuleType.PercentTiers,
            """{"tiers":[{"min":98,"points":4},{"min":90,"points":2}]}""");
        var level = Leaf(framework, d1, "1.3", "Mức độ kiểm tra", 2m, RuleType.Level,
            """{"levels":[{"label":"Đầy đủ","points":2},{"label":"Một phần","points":1},{"label":"Không","points":0}]}""");
        var d2 = framework.AddNode(null, NodeLevel.Domain, "2", "Mức độ hài lòng", 2m);
        var survey = Leaf(framework, d2, "2.1", "Hài lòng", 2m, RuleType.Survey, """{"source":"SIPAS"}""");
        survey.SetRule(AssessmentMethod.Survey, RuleType.Survey, """{"source":"SIPAS"}""", WhenNothingToCount.Zero);
        var t = framework.AddNode(null, NodeLevel.Domain, "T", "Điểm thưởng", 0m);
        var bonus = Leaf(framework, t, "T.1", "Sáng kiến", 0m, RuleType.Bonus, "{}");

        var period = new EvaluationPeriod(await FreeYearAsync(app), "Kỳ thử", now.AddDays(-5), now + deadlineIn);
        period.UseFramework(block.Id, framework.Id);
        period.SetBands(null, ClassificationBands.Default);
        period.MoveTo(PeriodState.SelfAssessmentOpen, now.AddDays(-5));
        var a = new Assessment(period.Id, unitA.Id, unitA.BlockId, framework.Id);
        var b = new Assessment(period.Id, unitB.Id, unitB.BlockId, framework.Id);

        await using var db = app.NewDbContext();
        db.Frameworks.Add(framework);
        db.Periods.Add(period);
        db.Assessments.AddRange(a, b);
        await db.SaveChangesAsync();
        return new SelfAssessmentStory(period.Id, unitA.Id, unitB.Id, a.Id, b.Id, yesNo.Id, rate.Id, level.Id, survey.Id, bonus.Id,
            period.SelfAssessmentDeadlineUtc);
    }

    /// <summary>
    /// Years are unique per database and a class fixture seeds many stories into one, so take the highest free
    /// year counting down from the domain's limit, away from the fixed years other tests use.
    /// </summary>
    private static async Task<int> FreeYearAsync(TestApp app)
    {
        await using var db = app.NewDbContext();
        var used = await db.Periods.Select(p => p.Year).ToListAsync();
        return Enumerable.Range(2000, 101).Reverse().First(year => !used.Contains(year));
    }

    private static FrameworkNode Leaf(Framework framework, FrameworkNode domain, string code, string title, decimal max, RuleType type, string parameters)
    {
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, code, title, max);
        leaf.SetRule(AssessmentMethod.SelfAssessed, type, parameters, WhenNothingToCount.Zero);
        return leaf;
    }
}
