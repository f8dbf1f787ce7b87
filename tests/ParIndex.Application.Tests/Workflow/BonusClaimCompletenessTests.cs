using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>
/// A unit's bonus claim is a decision an inspector makes (docs/methodology.md): until one does, or Home Affairs
/// accepts the remaining self-scores, it is listed as unappraised and the council cannot decide. S01 claims two
/// bonuses of 1 (cap 1,5); a bonus or deduction leaf with nothing claimed (S01's K1, S02's T1, T2 and K1) is not
/// listed, since there is nothing to decide.
/// </summary>
public sealed class BonusClaimCompletenessTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>6 points in the tree (A1, A2 yes/no 3 each); bonus T1, T2 capped at 1,5 together; deduction K1 capped at 1.</summary>
    private static FrameworkDocument Framework() => new(
        "SBN-THUONG", "Bộ chỉ số thử điểm thưởng", BlockKind.Department, 1, "Quyết định 2/QĐ-UBND", false, 1.5m, 1m,
        [
            Node("A", "Công tác chỉ đạo, điều hành", 6m),
            Leaf("A1", "A", "Ban hành kế hoạch CCHC", 3m, RuleType.YesNo, """{"yes":3,"no":0}"""),
            Leaf("A2", "A", "Báo cáo CCHC đúng hạn", 3m, RuleType.YesNo, """{"yes":3,"no":0}"""),
            Node("T", "Điểm thưởng", 0m),
            Leaf("T1", "T", "Sáng kiến cải cách hành chính", 0m, RuleType.Bonus, "{}"),
            Leaf("T2", "T", "Giải thưởng về cải cách hành chính", 0m, RuleType.Bonus, "{}"),
            Node("K", "Điểm trừ", 0m),
            Leaf("K1", "K", "Vi phạm kỷ luật hành chính", 0m, RuleType.Deduction, "{}"),
        ]);

    [Fact]
    public async Task UndecidedBonusAndDeductionClaims_AreListedAndBlockTheCouncil_UntilAccepted_ThenCountCapped()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 0, framework: Framework());
        var app = province.App;
        await province.OpenSelfAssessmentAsync();
        await province.AnswerAsync("S01", "A1", ("done", "true"));
        await province.AnswerAsync("S01", "A2", ("done", "false"));
        await province.AnswerAsync("S01", "T1", ("points", "1"));
        await province.AnswerAsync("S01", "T2", ("points", "1"));
        await province.AnswerAsync("S02", "A1", ("done", "true"));
        await province.AnswerAsync("S02", "A2", ("done", "true"));
        await province.SubmitAsync("S01");
        await province.SubmitAsync("S02");
        app.Clock.Now = app.Clock.Now.AddDays(31);
        await StepAsync(province, PeriodState.SelfAssessmentClosed);
        await StepAsync(province, PeriodState.AppraisalRound1);

        var gaps = await province.Admin<GetPeriodCompletenessHandler>().HandleAsync(new GetPeriodCompleteness(province.PeriodId), Ct);
        Assert.Equal([("Sở thử nghiệm 01", "A1,A2,T1,T2"), ("Sở thử nghiệm 02", "A1,A2")],
            gaps.Unappraised.Select(u => (u.UnitName, string.Join(',', u.CriterionCodes))));
        Assert.Contains("6 tiêu chí của 2 đơn vị chưa được thẩm định", gaps.Refusal, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(() => StepAsync(province, PeriodState.CouncilReview));
        Assert.Contains("6 tiêu chí của 2 đơn vị chưa được thẩm định", refused.Message, StringComparison.Ordinal);

        // The explicit, audited act covers the claims too.
        var accepted = await province.Admin<AcceptRemainingSelfScoresHandler>().HandleAsync(
            new AcceptRemainingSelfScores(province.PeriodId, null, province.Departments), Ct);
        Assert.Equal(6, accepted.Criteria);
        Assert.Null((await province.Admin<GetPeriodCompletenessHandler>().HandleAsync(new GetPeriodCompleteness(province.PeriodId), Ct)).Refusal);
        await StepAsync(province, PeriodState.CouncilReview);
        var today = VietnamTime.DateOf(app.Clock.Now.UtcDateTime);
        var approved = await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(
            new ApproveResults(province.PeriodId, today, "13/QĐ-HĐTĐ", today, 7, 6, null, (await province.PeriodAsync()).ConcurrencyStamp), Ct);

        // S01: 3 + 0 + min(1 + 1, 1,5) = 4,5 of 6 = 75; S02: 3 + 3 = 6 of 6 = 100.
        var indexes = approved.Outcomes.ToDictionary(o => o.UnitId, o => o.Index);
        Assert.Equal(75m, indexes[province.Units["S01"]]);
        Assert.Equal(100m, indexes[province.Units["S02"]]);
    }

    private static async Task StepAsync(EmptyProvince province, PeriodState target) =>
        await province.Admin<ChangePeriodStateHandler>().HandleAsync(
            new ChangePeriodState(province.PeriodId, target, null, null, (await province.PeriodAsync()).ConcurrencyStamp), Ct);

    private static FrameworkNodeDocument Node(string code, string title, decimal max) =>
        new(code, null, NodeLevel.Domain, title, null, max, AssessmentMethod.SelfAssessed, RuleType.YesNo, "{}", WhenNothingToCount.Zero, null, null, []);

    private static FrameworkNodeDocument Leaf(string code, string parent, string title, decimal max, RuleType rule, string parameters) =>
        new(code, parent, NodeLevel.Criterion, title, null, max, AssessmentMethod.SelfAssessed, rule, parameters, WhenNothingToCount.Zero, null, null, []);
}
