using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.NotApplicable;
using ParIndex.Application.Periods;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo's current year, open for self-assessment, made through the front door: the administrator creates the
/// period a week before it opens, gives each block its framework and opens it (which creates every unit's
/// assessment), decides the criteria some units are not evaluated on; a few units' staff start answering, and Phường
/// Lam Sơn answers everything, cites its evidence, writes its report and its leader submits. Every step is the use case
/// a province's people call, at the moment the story says, so the demo cannot skip a step a province must take.
/// </summary>
internal sealed class DemoOpenYear(DemoProvince province, DemoFramework departments, DemoFramework communesWards, DemoAccountPlan accounts,
    Random random, DemoFrontDoor door, IDbContextFactory<ParIndexDbContext> contexts)
{
    public async Task RunAsync(int year, DateTime nowUtc, CancellationToken ct)
    {
        var today = DemoCalendar.VietnamDate(nowUtc);
        var opens = DemoCalendar.Utc(today.AddDays(-14), 8);
        var prepared = opens.AddDays(-7);
        var admin = new DemoActor(accounts.IdOf("admin"), "admin", Roles.Administrator);

        var periodId = await door.As<CreatePeriodHandler>(admin, prepared).HandleAsync(
            new CreatePeriod(year, $"Chỉ số CCHC năm {year} – {province.Name}", opens, DemoCalendar.Utc(today.AddDays(30), 17), null), ct);

        // Vertical agencies are scored on the department framework; the district block has no units after 07/2025.
        foreach (var (block, framework) in new[]
            { (province.Departments, departments), (province.VerticalAgencies, departments), (province.CommunesWards, communesWards) })
        {
            await door.As<AssignFrameworkHandler>(admin, prepared).HandleAsync(
                new AssignFramework(periodId, block.Id, framework.Framework.Id, await PeriodStampAsync(periodId, ct)), ct);
        }

        await door.As<ChangePeriodStateHandler>(admin, opens).HandleAsync(
            new ChangePeriodState(periodId, PeriodState.SelfAssessmentOpen, null, null, await PeriodStampAsync(periodId, ct)), ct);
        await DecideNotApplicableAsync(periodId, admin, opens.AddHours(2), ct);

        foreach (var block in new[] { province.Departments, province.CommunesWards, province.VerticalAgencies })
        {
            var framework = block == province.CommunesWards ? communesWards : departments;
            foreach (var unit in province.AssessedIn(block, year))
            {
                var answerable = framework.Leaves.Where(l => IsAnswerable(l) && DemoNotApplicable.Reason(unit, l) is null).ToList();
                if (unit.Code == DemoCurrentYear.SubmittedUnitCode)
                {
                    await SubmitAllAsync(periodId, unit, answerable, opens, nowUtc, ct);
                }
                else if (DemoCurrentYear.InProgressUnitCodes.Contains(unit.Code))
                {
                    await AnswerAsync(periodId, unit, answerable.Take(random.Next(4, 12)).ToList(), opens, nowUtc.AddHours(-1), ct);
                }
            }
        }
    }

    /// <summary>What a unit's staff type in: self-scored leaves, but not deductions (the inspectors' own) nor bonuses (claimed later, if at all).</summary>
    private static bool IsAnswerable(DemoScoredLeaf leaf) =>
        leaf.Spec.Method == AssessmentMethod.SelfAssessed && leaf.Node.RuleType is not (RuleType.Bonus or RuleType.Deduction);

    /// <summary>Home Affairs' decisions "không đánh giá" for the units the story names, one decision per unit and reason.</summary>
    private async Task DecideNotApplicableAsync(Guid periodId, DemoActor admin, DateTime atUtc, CancellationToken ct)
    {
        foreach (var unit in province.Units.Where(u => u.Unit.IsActive))
        {
            var framework = unit.Block == province.CommunesWards ? communesWards : departments;
            var decisions = framework.Leaves
                .Where(l => l.Node.RuleType is not (RuleType.Bonus or RuleType.Deduction) && l.Node.AppliesTo(unit.Block.Kind))
                .Select(l => (Leaf: l, Reason: DemoNotApplicable.Reason(unit, l))).Where(x => x.Reason is not null).GroupBy(x => x.Reason!);
            foreach (var decision in decisions)
            {
                await door.As<MarkNotApplicableHandler>(admin, atUtc).HandleAsync(
                    new MarkNotApplicable(periodId, [unit.Unit.Id], [.. decision.Select(x => x.Leaf.Node.Code)], decision.Key), ct);
            }
        }
    }

    private async Task SubmitAllAsync(Guid periodId, DemoUnit unit, IReadOnlyList<DemoScoredLeaf> leaves, DateTime opens, DateTime nowUtc, CancellationToken ct)
    {
        var assessmentId = await AnswerAsync(periodId, unit, leaves, opens, nowUtc.AddDays(-3), ct);
        var staff = Staff(unit);
        var cited = leaves.Where(l => !string.IsNullOrWhiteSpace(l.Node.EvidenceRequired)).Select(l => l.Node.Id).ToList();
        if (cited.Count > 0)
        {
            await door.As<AddDocumentReferenceHandler>(staff, nowUtc.AddDays(-3)).HandleAsync(new AddDocumentReference(assessmentId, cited,
                "Báo cáo kết quả thực hiện nhiệm vụ CCHC năm " + DemoCalendar.VietnamDate(nowUtc).Year, "35/BC-UBND", DemoCalendar.VietnamDate(nowUtc).AddDays(-4),
                unit.Unit.Name, null), ct);
        }

        await door.As<SaveReportHandler>(staff, nowUtc.AddDays(-2)).HandleAsync(new SaveReport(assessmentId,
            "Hạ tầng mạng tại Bộ phận Một cửa còn chậm vào giờ cao điểm.",
            "Đề nghị tỉnh hỗ trợ nâng cấp đường truyền cho Trung tâm phục vụ hành chính công phường.", await AssessmentStampAsync(assessmentId, ct)), ct);
        var leader = new DemoActor(accounts.LeaderOf(unit.Code), "lanhdao." + unit.Code.ToLowerInvariant(), Roles.AgencyLeader, unit.Unit.Id,
            accounts.NameOf(accounts.LeaderOf(unit.Code)));
        await door.As<SubmitSelfAssessmentHandler>(leader, nowUtc.AddDays(-1)).HandleAsync(
            new SubmitSelfAssessment(assessmentId, await AssessmentStampAsync(assessmentId, ct)), ct);
    }

    /// <summary>The unit's staff save each leaf's figures, like the page's autosave, at moments spread between the two times.</summary>
    private async Task<Guid> AnswerAsync(Guid periodId, DemoUnit unit, IReadOnlyList<DemoScoredLeaf> leaves, DateTime from, DateTime until,
        CancellationToken ct)
    {
        var assessmentId = await AssessmentIdAsync(periodId, unit.Unit.Id, ct);
        var staff = Staff(unit);
        var moments = leaves.Select(_ => from + ((until - from) * random.NextDouble())).Order().ToList();
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var draft = DemoScoreSheet.Draft(leaf, random);
            await door.As<SaveAnswerHandler>(staff, moments[i]).HandleAsync(new SaveAnswer(assessmentId, leaf.Node.Id, ValuesOf(leaf, draft.Inputs),
                draft.Points < leaf.Spec.Max ? draft.Comment : null, null), ct);
        }

        return assessmentId;
    }

    /// <summary>The demo draft's inputs as the form sends them: text per field; "nothing to count" is a denominator of 0.</summary>
    private static Dictionary<string, string?> ValuesOf(DemoScoredLeaf leaf, string inputs)
    {
        var fields = ScoringRule.Parse(leaf.Node.RuleType, leaf.Node.RuleParameters).Fields;
        var values = new Dictionary<string, string?>(AnswerInputs.FromJson(fields, inputs), StringComparer.Ordinal);
        using var document = JsonDocument.Parse(inputs);
        if (document.RootElement.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Number && cases.GetDecimal() == 0m
            && fields.Any(f => f.Kind == InputKind.Rate))
        {
            values[AnswerInputs.Numerator] = "0";
            values[AnswerInputs.Denominator] = "0";
        }

        return values;
    }

    private DemoActor Staff(DemoUnit unit) => new(accounts.StaffOf(unit.Code), "canbo." + unit.Code.ToLowerInvariant(), Roles.AgencyStaff, unit.Unit.Id);

    private async Task<Guid> PeriodStampAsync(Guid periodId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Periods.Where(p => p.Id == periodId).Select(p => p.ConcurrencyStamp).SingleAsync(ct);
    }

    private async Task<Guid> AssessmentIdAsync(Guid periodId, Guid unitId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Assessments.Where(a => a.PeriodId == periodId && a.UnitId == unitId).Select(a => a.Id).SingleAsync(ct);
    }

    private async Task<Guid> AssessmentStampAsync(Guid assessmentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.ConcurrencyStamp).SingleAsync(ct);
    }
}
