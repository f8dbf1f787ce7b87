using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Exports;

/// <summary>
/// Data for the export tests. <see cref="PublishedAsync"/>: a published year with a ranked block whose units are named
/// like formulas (F1/F2), an unranked block, criteria with an appraiser's reason that looks like a formula and a
/// −1.5 deduction. <see cref="OpenAsync"/>: a year open for self-assessment, one unit's answers, evidence and report.
/// </summary>
internal static class ExportStory
{
    public const string EvilName = "=HYPERLINK(\"http://evil\")";
    public const string PlusName = "+1";
    public const string TaxName = "@Thuế tỉnh";
    public const string FormulaReason = "=cmd|' /C calc'!A0";
    public const string DashReason = "-Thiếu báo cáo quý III";
    public const string MissingEvidenceExplanation = "Kế hoạch số 15/KH-UBND chưa được số hóa; bản giấy lưu tại văn phòng.";
    public const string Difficulties = "Thiếu công chức chuyên trách.\nHạ tầng mạng ở thôn xa còn yếu.";
    public const string Recommendations = "Đề nghị Sở Nội vụ tổ chức tập huấn chấm điểm.";

    private static readonly CancellationToken Ct = CancellationToken.None;

    public static async Task<Published> PublishedAsync(TestApp app, bool publish = true)
    {
        var year = await FreeYearAsync(app);
        var ranked = new Block(TestApp.UniqueCode("B"), "Sở, ban, ngành", null, BlockKind.Department, isRanked: true, sortOrder: 1);
        var unranked = new Block(TestApp.UniqueCode("B"), "Cơ quan ngành dọc", null, BlockKind.VerticalAgency, isRanked: false, sortOrder: 2);
        var evil = new Unit(TestApp.UniqueCode("U"), EvilName, ranked.Id);
        var plus = new Unit(TestApp.UniqueCode("U"), PlusName, ranked.Id);
        var tax = new Unit(TestApp.UniqueCode("U"), TaxName, unranked.Id);

        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số sở", BlockKind.Department, 1, "Thử", isIllustrative: true);
        framework.SetCaps(0m, 5m);
        var d1 = framework.AddNode(null, NodeLevel.Domain, "1", "Công tác chỉ đạo, điều hành", 6m);
        var plan = Leaf(framework, d1, "1.1", "Ban hành kế hoạch CCHC", 2m, RuleType.YesNo, """{"yes":2,"no":0}""");
        var report = Leaf(framework, d1, "1.2", "Báo cáo CCHC đúng hạn", 4m, RuleType.YesNo, """{"yes":4,"no":0}""");
        var dr = framework.AddNode(null, NodeLevel.Domain, "TR", "Điểm trừ", 0m);
        var deduction = Leaf(framework, dr, "TR.1", "Vi phạm kỷ luật hành chính", 0m, RuleType.Deduction, "{}");

        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(year, 11, 30, 10, 0, 0, DateTimeKind.Utc));
        var states = publish
            ? new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published }
            : [PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1];
        foreach (var state in states)
        {
            period.MoveTo(state, new DateTime(year, 12, 15, 0, 0, 0, DateTimeKind.Utc));
        }

        var now = new DateTime(year, 11, 20, 0, 0, 0, DateTimeKind.Utc);
        var evilResult = new Assessment(period.Id, evil.Id, evil.BlockId, framework.Id);
        Answer(evilResult, plan.Id, self: 2m, final: 2m, reason: null, now);
        Answer(evilResult, report.Id, self: 4m, final: 1.5m, reason: DashReason, now);
        evilResult.ResponseFor(deduction.Id).RecordFinalScore(1.5m, FormulaReason);
        evilResult.RecordResult(87.25m, Classification.Good, 1, ResultSource.Computed);

        var plusResult = new Assessment(period.Id, plus.Id, plus.BlockId, framework.Id);
        Answer(plusResult, plan.Id, self: 2m, final: 0m, reason: "@Không có kế hoạch", now);
        Answer(plusResult, report.Id, self: 4m, final: 4m, reason: null, now);
        plusResult.RecordResult(66.67m, Classification.Fair, 2, ResultSource.Computed);

        var taxResult = new Assessment(period.Id, tax.Id, tax.BlockId, framework.Id);
        taxResult.RecordResult(90.5m, Classification.Good, null, ResultSource.Imported);

        await using var db = app.NewDbContext();
        db.AddRange(ranked, unranked, evil, plus, tax, framework, period, evilResult, plusResult, taxResult);
        await db.SaveChangesAsync();
        return new Published(period.Id, year, ranked.Id, evil.Id, evil.Code, plus.Id, plus.Code, tax.Id, tax.Code);
    }

    public static async Task<Open> OpenAsync(TestApp app)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var block = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var unitA = await app.SeedUnitAsync(block.Id, "UBND xã An Bình");
        var unitB = await app.SeedUnitAsync(block.Id, "UBND xã Bình Minh");

        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số xã", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        var d1 = framework.AddNode(null, NodeLevel.Domain, "1", "Công tác chỉ đạo, điều hành", 6m);
        var plan = Leaf(framework, d1, "1.1", "Ban hành kế hoạch CCHC", 2m, RuleType.YesNo, """{"yes":2,"no":0}""");
        plan.Describe(null, "Có kế hoạch: 2 điểm.", "Quyết định ban hành kế hoạch");
        var report = Leaf(framework, d1, "1.2", "Báo cáo CCHC năm", 2m, RuleType.YesNo, """{"yes":2,"no":0}""");
        report.Describe(null, "Có báo cáo: 2 điểm.", "Báo cáo năm");
        var level = Leaf(framework, d1, "1.3", "Mức độ kiểm tra", 2m, RuleType.Level,
            """{"levels":[{"label":"Đầy đủ","points":2},{"label":"Một phần","points":1},{"label":"Không","points":0}]}""");
        var d2 = framework.AddNode(null, NodeLevel.Domain, "2", "Mức độ hài lòng", 2m);
        var survey = Leaf(framework, d2, "2.1", "Hài lòng của người dân", 2m, RuleType.Survey, """{"source":"SIPAS"}""");
        survey.SetRule(AssessmentMethod.Survey, RuleType.Survey, """{"source":"SIPAS"}""", WhenNothingToCount.Zero);

        var period = new EvaluationPeriod(await FreeYearAsync(app), "Kỳ thử xuất báo cáo", now.AddDays(-5), now.AddDays(10));
        period.UseFramework(block.Id, framework.Id);
        period.SetBands(null, ClassificationBands.Default);
        period.MoveTo(PeriodState.SelfAssessmentOpen, now.AddDays(-5));
        var a = new Assessment(period.Id, unitA.Id, unitA.BlockId, framework.Id);
        var b = new Assessment(period.Id, unitB.Id, unitB.BlockId, framework.Id);
        await using (var db = app.NewDbContext())
        {
            db.AddRange(framework, period, a, b);
            await db.SaveChangesAsync();
        }

        async Task SaveAsync(Guid node, string key, string value, string? explanation = null) =>
            await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, unitA.Id)
                .HandleAsync(new SaveAnswer(a.Id, node, new Dictionary<string, string?> { [key] = value }, explanation, null), Ct);
        await SaveAsync(plan.Id, "done", "true", MissingEvidenceExplanation);
        await SaveAsync(report.Id, "done", "true");
        await SaveAsync(level.Id, "level", "Một phần");
        var issued = DateOnly.FromDateTime(now.AddDays(-30));
        await app.Handler<AddDocumentReferenceHandler>(Roles.AgencyStaff, unitA.Id).HandleAsync(
            new AddDocumentReference(a.Id, [report.Id], "Báo cáo kết quả CCHC năm", "25/BC-UBND", issued, "UBND xã An Bình", null), Ct);
        var view = await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyStaff, unitA.Id).HandleAsync(new GetSelfAssessment(period.Id, unitA.Id), Ct);
        await app.Handler<SaveReportHandler>(Roles.AgencyStaff, unitA.Id)
            .HandleAsync(new SaveReport(a.Id, Difficulties, Recommendations, view.ConcurrencyStamp), Ct);
        return new Open(period.Id, period.Year, unitA.Id, unitB.Id, issued);
    }

    private static void Answer(Assessment assessment, Guid nodeId, decimal self, decimal final, string? reason, DateTime now)
    {
        var response = assessment.ResponseFor(nodeId);
        response.RecordSelfAssessment("{}", self, null, Guid.NewGuid(), now);
        response.RecordFinalScore(final, reason);
    }

    private static FrameworkNode Leaf(Framework framework, FrameworkNode domain, string code, string title, decimal max, RuleType type, string parameters)
    {
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, code, title, max);
        leaf.SetRule(type == RuleType.Deduction ? AssessmentMethod.External : AssessmentMethod.SelfAssessed, type, parameters, WhenNothingToCount.Zero);
        return leaf;
    }

    /// <summary>Years are unique per database: the highest free one counting down from the domain's limit.</summary>
    private static async Task<int> FreeYearAsync(TestApp app)
    {
        await using var db = app.NewDbContext();
        var used = await db.Periods.Select(p => p.Year).ToListAsync();
        return Enumerable.Range(2000, 101).Reverse().First(year => !used.Contains(year));
    }

    public sealed record Published(Guid PeriodId, int Year, Guid RankedBlockId, Guid Evil, string EvilCode, Guid Plus, string PlusCode, Guid Tax,
        string TaxCode);

    public sealed record Open(Guid PeriodId, int Year, Guid UnitA, Guid UnitB, DateOnly EvidenceIssuedOn);
}
