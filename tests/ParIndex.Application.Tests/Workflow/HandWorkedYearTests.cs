using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.NotApplicable;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>
/// Issue 15's whole year from an empty database with no demo data, through the use cases only: a province of ten
/// units in two blocks (seven departments, ranked; three vertical agencies, classified but not ranked), an imported
/// framework with every kind of rule a province's decision uses, a criterion "không đánh giá" for one unit,
/// self-assessment, submission, round 1 with a question, the unit's answer, round 2, the council and publication.
/// Every published index, class and rank is worked out by hand below, from the figures the units typed.
/// </summary>
public sealed class HandWorkedYearTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>
    /// The framework (20 points in the tree, so the index is 5 × the points): domain A 10 = A1 yes/no 3, A2 % tiers 4
    /// (≥ 98 % → 4, ≥ 95 % → 2, below → 0), A3 proportional 3 with a floor of 80 %; domain B 10 = B1 levels 4 (the
    /// inspector may type another score), B2 6 = B2.1 yes/no 3 + B2.2 yes/no 3. Beside the tree: bonus T1, T2 capped
    /// at 1,5 together; deduction K1, K2 capped at 1 together.
    /// </summary>
    private static FrameworkDocument Framework() => new(
        "SBN-2027", "Bộ chỉ số CCHC sở, ban, ngành (thử nghiệm)", BlockKind.Department, 1, "Quyết định 1/QĐ-UBND", false, 1.5m, 1m,
        [
            Node("A", null, NodeLevel.Domain, "Công tác chỉ đạo, điều hành", 10m),
            Leaf("A1", "A", "Ban hành kế hoạch CCHC", 3m, RuleType.YesNo, """{"yes":3,"no":0}"""),
            Leaf("A2", "A", "Tỷ lệ văn bản trình đúng hạn", 4m, RuleType.PercentTiers, """{"tiers":[{"min":98,"points":4},{"min":95,"points":2}]}"""),
            Leaf("A3", "A", "Tỷ lệ hồ sơ nộp trực tuyến", 3m, RuleType.Proportional, """{"floor":80}"""),
            Node("B", null, NodeLevel.Domain, "Cải cách thủ tục hành chính", 10m),
            Leaf("B1", "B", "Kiểm soát thủ tục hành chính", 4m, RuleType.Level,
                """{"levels":[{"label":"Tốt","points":4},{"label":"Đạt","points":2.5},{"label":"Chưa đạt","points":0}]}"""),
            Node("B2", "B", NodeLevel.Criterion, "Công khai thủ tục hành chính", 6m),
            Leaf("B2.1", "B2", "Công khai trên Cổng dịch vụ công", 3m, RuleType.YesNo, """{"yes":3,"no":0}""", NodeLevel.SubCriterion),
            Leaf("B2.2", "B2", "Niêm yết tại Bộ phận Một cửa", 3m, RuleType.YesNo, """{"yes":3,"no":0}""", NodeLevel.SubCriterion),
            Node("T", null, NodeLevel.Domain, "Điểm thưởng", 0m),
            Leaf("T1", "T", "Sáng kiến cải cách hành chính", 0m, RuleType.Bonus, "{}"),
            Leaf("T2", "T", "Giải thưởng về cải cách hành chính", 0m, RuleType.Bonus, "{}"),
            Node("K", null, NodeLevel.Domain, "Điểm trừ", 0m),
            Leaf("K1", "K", "Vi phạm kỷ luật hành chính", 0m, RuleType.Deduction, "{}"),
            Leaf("K2", "K", "Chậm gửi báo cáo CCHC", 0m, RuleType.Deduction, "{}"),
        ]);

    [Fact]
    public async Task EmptyProvince_WholeYearThroughTheUseCases_PublishesTheIndexesClassesAndRanksWorkedOutByHand()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 7, verticalAgencies: 3, framework: Framework());
        var app = province.App;
        var start = app.Clock.Now;

        // A new period starts with the methodology's default bands: xuất sắc ≥ 90, tốt ≥ 80, khá ≥ 70, trung bình ≥ 50, yếu.
        Assert.Equal(ClassificationBands.Default, (await province.PeriodAsync()).Bands.OrderBy(b => b.Classification).Select(b => (b.Classification, b.LowerBound)));
        await province.OpenSelfAssessmentAsync();

        // From the opening the framework is frozen: a maximum changed mid-year would change sheets already filled in.
        FrameworkNode a1;
        await using (var db = app.NewDbContext())
        {
            a1 = await db.FrameworkNodes.AsNoTracking().SingleAsync(n => n.FrameworkId == province.FrameworkId && n.Code == "A1");
            Assert.Equal(FrameworkState.InUse, (await db.Frameworks.SingleAsync(f => f.Id == province.FrameworkId)).State);
        }

        await Assert.ThrowsAsync<ValidationException>(() => province.Admin<UpdateFrameworkNodeHandler>().HandleAsync(
            new UpdateFrameworkNode(province.FrameworkId, a1.Id, "A1", a1.Title, 5m, a1.ConcurrencyStamp), Ct));

        // S07 has no procedures of its own: criterion B2 (both its sub-criteria) is "không đánh giá" and leaves its maximum.
        await province.Admin<MarkNotApplicableHandler>().HandleAsync(
            new MarkNotApplicable(province.PeriodId, [province.Units["S07"]], ["B2"], "Đơn vị không giải quyết thủ tục hành chính."), Ct);

        // What each unit typed. Rates sit exactly on the tiers' and the floor's edges.
        await AnswerAsync(province, "S01", a1: true, a2: Rate("98"), a3: Rate("100"), b1: "Tốt", b21: true, b22: true);
        await AnswerAsync(province, "S02", a1: true, a2: [("numerator", "9799"), ("denominator", "10000")], a3: Rate("100"), b1: "Tốt", b21: true, b22: true);
        await province.AnswerAsync("S02", "T1", ("points", "1"));
        await province.AnswerAsync("S02", "T2", ("points", "1"));
        await AnswerAsync(province, "S03", a1: false, a2: Rate("95"), a3: Rate("80"), b1: "Đạt", b21: true, b22: true);
        await AnswerAsync(province, "S04", a1: true, a2: Rate("94.99"), a3: Rate("85.25"), b1: "Tốt", b21: true, b22: true);
        await AnswerAsync(province, "S05", a1: true, a2: Rate("90"), a3: Rate("85.26"), b1: "Tốt", b21: true, b22: true);
        await AnswerAsync(province, "S06", a1: true, a2: Rate("98.5"), a3: Rate("79.99"), b1: "Tốt", b21: true, b22: true);
        await AnswerAsync(province, "S07", a1: true, a2: Rate("98"), a3: Rate("90"), b1: "Đạt", b21: null, b22: null);
        await AnswerAsync(province, "N01", a1: true, a2: Rate("96"), a3: Rate("100"), b1: "Tốt", b21: true, b22: true);
        await AnswerAsync(province, "N02", a1: true, a2: Rate("96"), a3: Rate("99.97"), b1: "Tốt", b21: true, b22: true);
        await AnswerAsync(province, "N03", a1: true, a2: Rate("98"), a3: Rate("100"), b1: "Đạt", b21: true, b22: false);
        foreach (var code in province.Units.Keys)
        {
            await province.SubmitAsync(code);
        }

        // S07's own index leaves B2 out: (3 + 4 + 3 × 0,90 + 2,5) / (20 − 6) = 12,2 / 14.
        Assert.Equal(100m * 12.2m / 14m, (await province.SelfAssessmentAsync("S07")).Totals.Percent);

        // The deadline passes; Home Affairs closes self-assessment, assigns its inspector and opens round 1.
        app.Clock.Now = start.AddDays(31);
        await StepAsync(province, PeriodState.SelfAssessmentClosed);
        await StepAsync(province, PeriodState.AppraisalRound1);
        var inspectorId = await province.Admin<CreateUserHandler>().HandleAsync(
            new CreateUser("thamdinh.snv", "Nguyễn Văn Thẩm", Roles.Inspector, null, "mùa lúa chín vàng trên đồng"), Ct);
        foreach (var unitId in province.Units.Values)
        {
            await province.Admin<AssignInspectorHandler>().HandleAsync(new AssignInspector(province.PeriodId, inspectorId, unitId, null), Ct);
        }

        T Inspector<T>()
            where T : notnull => app.Handler<T>(Roles.Inspector, userId: inspectorId);

        // Round 1. S02's two bonus claims (1 + 1) are accepted; the cap keeps 1,5 of them.
        await AcceptAsync(province, Inspector<AcceptSelfScoreHandler>(), "S02", "T1", AppraisalRound.First);
        await AcceptAsync(province, Inspector<AcceptSelfScoreHandler>(), "S02", "T2", AppraisalRound.First);

        // S03: B1 lowered to 2 with a question; deductions 0,75 + 0,5, of which the cap keeps 1.
        await ScoreAsync(province, Inspector<AppraiseCriterionHandler>(), "S03", "B1", AppraisalRound.First, 2m, "Chưa có báo cáo kiểm soát TTHC quý IV.");
        await Inspector<AskForExplanationHandler>().HandleAsync(
            new AskForExplanation(await AssessmentAsync(province, "S03"), await NodeAsync(province, "B1"), "Đề nghị cung cấp báo cáo quý IV."), Ct);
        await ScoreAsync(province, Inspector<AppraiseCriterionHandler>(), "S03", "K1", AppraisalRound.First, 0.75m, "Một cán bộ bị kỷ luật khiển trách.");
        await ScoreAsync(province, Inspector<AppraiseCriterionHandler>(), "S03", "K2", AppraisalRound.First, 0.5m, "Báo cáo quý III gửi chậm 10 ngày.");

        // S06: the inspector gives B1 3,25 (typed, two decimals) instead of the unit's 4; N03: a 0,5 deduction.
        await ScoreAsync(province, Inspector<AppraiseCriterionHandler>(), "S06", "B1", AppraisalRound.First, 3.25m, "Một TTHC công bố chậm.");
        await ScoreAsync(province, Inspector<AppraiseCriterionHandler>(), "N03", "K1", AppraisalRound.First, 0.5m, "Vi phạm quy chế văn hóa công sở.");

        // The explanation round: S03 answers before the deadline.
        await StepAsync(province, PeriodState.ExplanationOpen, explanationDeadline: VietnamTime.FromUtc(app.Clock.Now.UtcDateTime).DateTime.AddDays(5));
        var s03 = await app.Handler<GetAppraisalHandler>(Roles.AgencyStaff, province.Units["S03"]).HandleAsync(new GetAppraisal(province.PeriodId, province.Units["S03"]), Ct);
        var asked = s03.Criteria.Single(c => c.Unit.Code == "B1");
        Assert.Equal("Đề nghị cung cấp báo cáo quý IV.", asked.Question);
        await app.Handler<AnswerExplanationHandler>(Roles.AgencyStaff, province.Units["S03"]).HandleAsync(
            new AnswerExplanation(s03.AssessmentId, asked.Unit.NodeId, "Báo cáo số 45/BC-S03 ngày 20/12 đính kèm.", asked.ConcurrencyStamp!.Value), Ct);
        await StepAsync(province, PeriodState.ExplanationClosed);
        await StepAsync(province, PeriodState.AppraisalRound2);

        // Round 2: the answer convinced the inspector, B1 goes back to the unit's 2,5.
        await ScoreAsync(province, Inspector<AppraiseCriterionHandler>(), "S03", "B1", AppraisalRound.Second, 2.5m, null);

        // Nothing goes to the council unappraised: Home Affairs accepts the remaining self-scores, block by block.
        await province.Admin<AcceptRemainingSelfScoresHandler>().HandleAsync(new AcceptRemainingSelfScores(province.PeriodId, null, province.Departments), Ct);
        await province.Admin<AcceptRemainingSelfScoresHandler>().HandleAsync(new AcceptRemainingSelfScores(province.PeriodId, null, province.VerticalAgencies), Ct);
        var completeness = await province.Admin<GetPeriodCompletenessHandler>().HandleAsync(new GetPeriodCompleteness(province.PeriodId), Ct);
        Assert.Null(completeness.Refusal);
        await StepAsync(province, PeriodState.CouncilReview);

        var today = VietnamTime.DateOf(app.Clock.Now.UtcDateTime);
        var approved = await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(
            new ApproveResults(province.PeriodId, today, "12/QĐ-HĐTĐ", today, 7, 6, null, (await province.PeriodAsync()).ConcurrencyStamp), Ct);

        // Worked by hand. Departments (ranked, out of 20 unless a criterion is "không đánh giá"):
        var expected = new Dictionary<string, (decimal Index, Classification Class, int? Rank)>
        {
            // 3 + 4 (98 % is the first tier) + 3 + 4 + 3 + 3 = 20 of 20.
            ["S01"] = (Round(100m * 20m / 20m), Classification.Excellent, 1),

            // 3 + 2 (9 799 / 10 000 = 97,99 %: the second tier) + 3 + 4 + 3 + 3 = 18, bonus min(1 + 1, 1,5) = 1,5: 19,5 of 20.
            ["S02"] = (Round(100m * (18m + Math.Min(1m + 1m, 1.5m)) / 20m), Classification.Excellent, 2),

            // 0 + 2 (95 % exactly) + 3 × 80 % (the floor exactly) + 2,5 (round 2) + 3 + 3 = 12,9, deduction min(0,75 + 0,5, 1) = 1.
            ["S03"] = (Round(100m * (0m + 2m + (3m * 0.80m) + 2.5m + 3m + 3m - Math.Min(0.75m + 0.5m, 1m)) / 20m), Classification.Average, 7),

            // 3 + 0 (94,99 %: below the last tier) + 3 × 85,25 % + 4 + 3 + 3 = 15,5575 → 77,7875 → 77,79.
            ["S04"] = (Round(100m * (3m + 0m + (3m * 0.8525m) + 4m + 3m + 3m) / 20m), Classification.Fair, 5),

            // 3 + 0 + 3 × 85,26 % + 4 + 3 + 3 = 15,5578 → 77,789 → 77,79: the same published index, so the same rank.
            ["S05"] = (Round(100m * (3m + 0m + (3m * 0.8526m) + 4m + 3m + 3m) / 20m), Classification.Fair, 5),

            // 3 + 4 + 0 (79,99 %: below the floor) + 3,25 (typed by the inspector) + 3 + 3 = 16,25.
            ["S06"] = (Round(100m * (3m + 4m + 0m + 3.25m + 3m + 3m) / 20m), Classification.Good, 4),

            // B2 "không đánh giá": (3 + 4 + 3 × 90 % + 2,5) / (20 − 6) = 12,2 / 14 = 87,1428… → 87,14.
            ["S07"] = (Round(100m * (3m + 4m + (3m * 0.90m) + 2.5m) / (20m - 6m)), Classification.Good, 3),

            // Vertical agencies: classified, never ranked.
            // 3 + 2 (96 %) + 3 + 4 + 3 + 3 = 18 → 90,00: the lower edge of "xuất sắc".
            ["N01"] = (Round(100m * 18m / 20m), Classification.Excellent, null),

            // 3 + 2 + 3 × 99,97 % + 4 + 3 + 3 = 17,9991 → 89,9955, published 90,00 and so "xuất sắc" (rounded before classifying).
            ["N02"] = (Round(100m * (3m + 2m + (3m * 0.9997m) + 4m + 3m + 3m) / 20m), Classification.Excellent, null),

            // 3 + 4 + 3 + 2,5 + 3 + 0 = 15,5, deduction 0,5: 15 → 75,00.
            ["N03"] = (Round(100m * (3m + 4m + 3m + 2.5m + 3m + 0m - 0.5m) / 20m), Classification.Fair, null),
        };
        Assert.Equal(
            [100m, 97.5m, 59.5m, 77.79m, 77.79m, 81.25m, 87.14m, 90m, 90m, 75m],
            expected.Values.Select(e => e.Index));

        var byCode = province.Units.ToDictionary(u => u.Value, u => u.Key);
        Assert.Equal(10, approved.Units);
        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Index, e.Value.Class, e.Value.Rank)),
            approved.Outcomes.OrderBy(o => byCode[o.UnitId], StringComparer.Ordinal).Select(o => (byCode[o.UnitId], o.Index, o.Classification, o.Rank)));

        // The full-precision indexes behind the tie differ; only the published figure (and so the rank) is shared.
        await using (var db = app.NewDbContext())
        {
            var finals = await db.Assessments.Where(a => a.PeriodId == province.PeriodId).ToDictionaryAsync(a => byCode[a.UnitId], a => a.FinalIndex!.Value);
            Assert.Equal(100m * 15.5575m / 20m, finals["S04"]);
            Assert.Equal(100m * 15.5578m / 20m, finals["S05"]);
            Assert.Equal(100m * 17.9991m / 20m, finals["N02"]);
        }

        await province.Admin<PublishResultsHandler>().HandleAsync(
            new PublishResults(province.PeriodId, "345/QĐ-UBND", today, "Chủ tịch Trần Văn Tỉnh", null, (await province.PeriodAsync()).ConcurrencyStamp), Ct);

        // What the public reads is what was decided: every row, the vertical block without ranks.
        var published = (await app.Handler<GetPublicResultsHandler>(Roles.Leader).HandleAsync(new GetPublicResults(EmptyProvince.Year), Ct)).Selected!;
        var rows = published.Blocks.SelectMany(b => b.Rows.Select(r => (Block: b, Row: r))).ToDictionary(x => x.Row.Code);
        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Index, e.Value.Class.ToString(), e.Value.Rank)),
            rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Row.Index, r.Value.Row.Classification, r.Value.Row.Rank)));
        Assert.True(rows["S01"].Block.IsRanked);
        Assert.False(rows["N01"].Block.IsRanked);

        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.Leader).HandleAsync(new GetBlockRanking(province.PeriodId, province.VerticalAgencies), Ct);
        Assert.False(ranking.IsRanked);
        Assert.All(ranking.Rows, r => Assert.Null(r.Rank));
        Assert.All(ranking.Rows, r => Assert.NotNull(r.Classification));
    }

    private static decimal Round(decimal index) => ScoreRounding.ToPublished(index);

    private static (string, string)[] Rate(string rate) => [("rate", rate)];

    private static async Task AnswerAsync(EmptyProvince province, string unit, bool a1, (string, string)[] a2, (string, string)[] a3, string b1, bool? b21, bool? b22)
    {
        await province.AnswerAsync(unit, "A1", ("done", a1 ? "true" : "false"));
        await province.AnswerAsync(unit, "A2", a2);
        await province.AnswerAsync(unit, "A3", a3);
        await province.AnswerAsync(unit, "B1", ("level", b1));
        if (b21 is { } done21)
        {
            await province.AnswerAsync(unit, "B2.1", ("done", done21 ? "true" : "false"));
        }

        if (b22 is { } done22)
        {
            await province.AnswerAsync(unit, "B2.2", ("done", done22 ? "true" : "false"));
        }
    }

    private static async Task StepAsync(EmptyProvince province, PeriodState target, DateTime? explanationDeadline = null) =>
        await province.Admin<ChangePeriodStateHandler>().HandleAsync(
            new ChangePeriodState(province.PeriodId, target, null, explanationDeadline, (await province.PeriodAsync()).ConcurrencyStamp), Ct);

    private static async Task ScoreAsync(EmptyProvince province, AppraiseCriterionHandler handler, string unit, string code, AppraisalRound round,
        decimal score, string? comment)
    {
        var (assessment, node, stamp) = await ResponseAsync(province, unit, code);
        await handler.HandleAsync(new AppraiseCriterion(assessment, node, round, score, comment, stamp), Ct);
    }

    private static async Task AcceptAsync(EmptyProvince province, AcceptSelfScoreHandler handler, string unit, string code, AppraisalRound round)
    {
        var (assessment, node, stamp) = await ResponseAsync(province, unit, code);
        await handler.HandleAsync(new AcceptSelfScore(assessment, node, round, null, stamp), Ct);
    }

    /// <summary>The ids and the version an inspector has on screen for one unit's criterion (no version when never answered).</summary>
    private static async Task<(Guid Assessment, Guid Node, Guid? Stamp)> ResponseAsync(EmptyProvince province, string unit, string code)
    {
        var assessment = await AssessmentAsync(province, unit);
        var node = await NodeAsync(province, code);
        await using var db = province.App.NewDbContext();
        var stamp = await db.CriterionResponses.Where(r => r.AssessmentId == assessment && r.NodeId == node).Select(r => (Guid?)r.ConcurrencyStamp).SingleOrDefaultAsync();
        return (assessment, node, stamp);
    }

    private static async Task<Guid> AssessmentAsync(EmptyProvince province, string unit)
    {
        await using var db = province.App.NewDbContext();
        return await db.Assessments.Where(a => a.PeriodId == province.PeriodId && a.UnitId == province.Units[unit]).Select(a => a.Id).SingleAsync();
    }

    private static async Task<Guid> NodeAsync(EmptyProvince province, string code)
    {
        await using var db = province.App.NewDbContext();
        return await db.FrameworkNodes.Where(n => n.FrameworkId == province.FrameworkId && n.Code == code).Select(n => n.Id).SingleAsync();
    }

    private static FrameworkNodeDocument Node(string code, string? parent, NodeLevel level, string title, decimal max) =>
        new(code, parent, level, title, null, max, AssessmentMethod.SelfAssessed, RuleType.YesNo, "{}", WhenNothingToCount.Zero, null, null, []);

    private static FrameworkNodeDocument Leaf(string code, string parent, string title, decimal max, RuleType rule, string parameters,
        NodeLevel level = NodeLevel.Criterion) =>
        new(code, parent, level, title, null, max, AssessmentMethod.SelfAssessed, rule, parameters, WhenNothingToCount.Zero, null, null, []);
}
