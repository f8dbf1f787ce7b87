using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// The load view on a province of two kinds of unit sharing one three-level framework, where the database does the
/// counting: criteria restricted to a kind, sub-criteria two levels below their domain, answers marked not applicable
/// on a criterion that does not even apply to the unit, and inspectors with units, domains and their own unit.
/// </summary>
public sealed class InspectorLoadProvinceTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Load_ProvinceOfTwoKinds_CountsAsWorkedByHand()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var communes = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var departments = await app.SeedBlockAsync(BlockKind.Department);
        var c1 = await app.SeedUnitAsync(communes.Id, "Xã Tân Lập");
        var c2 = await app.SeedUnitAsync(communes.Id, "Xã Tân Hòa");
        var p1 = await app.SeedUnitAsync(departments.Id, "Sở Tư pháp");

        // Domain 1: 1.1, and 1.2 split into 1.2.a (every kind) and 1.2.b (departments only).
        // Domain 2: 2.1 (communes only), 2.2, and a bonus nobody appraises.
        // Appraised criteria: a commune has 1.1, 1.2.a | 2.1, 2.2; a department 1.1, 1.2.a, 1.2.b | 2.2.
        var framework = new Framework(TestApp.UniqueCode("F"), "Khung tỉnh thử", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        framework.SetCaps(1m, 0m);
        var d1 = framework.AddNode(null, NodeLevel.Domain, "1", "Chỉ đạo, điều hành", 10m);
        var l11 = Leaf(framework, d1, NodeLevel.Criterion, "1.1");
        var c12 = framework.AddNode(d1, NodeLevel.Criterion, "1.2", "Kiểm tra", 4m);
        var l12a = Leaf(framework, c12, NodeLevel.SubCriterion, "1.2.a");
        var l12b = Leaf(framework, c12, NodeLevel.SubCriterion, "1.2.b");
        l12b.RestrictTo([BlockKind.Department]);
        var d2 = framework.AddNode(null, NodeLevel.Domain, "2", "Thủ tục hành chính", 10m);
        var l21 = Leaf(framework, d2, NodeLevel.Criterion, "2.1");
        l21.RestrictTo([BlockKind.CommuneWard]);
        var l22 = Leaf(framework, d2, NodeLevel.Criterion, "2.2");
        var bonus = Leaf(framework, d2, NodeLevel.Criterion, "2.3");
        bonus.SetRule(AssessmentMethod.SelfAssessed, RuleType.Bonus, "{}", WhenNothingToCount.Zero);

        var period = new EvaluationPeriod(await FreeYearAsync(), "Kỳ tỉnh thử", now.AddDays(-5), now.AddDays(3));
        period.UseFramework(communes.Id, framework.Id);
        period.UseFramework(departments.Id, framework.Id);
        var a1 = new Assessment(period.Id, c1.Id, communes.Id, framework.Id);
        var a2 = new Assessment(period.Id, c2.Id, communes.Id, framework.Id);
        var a3 = new Assessment(period.Id, p1.Id, departments.Id, framework.Id);
        var someone = Guid.NewGuid();
        void Done(Assessment a, FrameworkNode leaf) => a.ResponseFor(leaf.Id).Appraise(AppraisalRound.First, leaf, 2m, 2m, null, someone, now);
        void NotApplicable(Assessment a, FrameworkNode leaf) => a.ResponseFor(leaf.Id).MarkNotApplicable("Không phát sinh.");
        // C1: D1 2 criteria, one not applicable, one done; D2 2 criteria, one done; 1.2.b does not apply to a commune.
        Done(a1, l11);
        NotApplicable(a1, l12a);
        Done(a1, l21);
        NotApplicable(a1, l12b);
        // C2: D1 2 criteria, none done (1.1 answered, not appraised); D2 2 criteria, one not applicable.
        a2.ResponseFor(l11.Id);
        NotApplicable(a2, l22);
        // P1: D1 3 criteria, one done; D2 1 criterion, done; 2.1 does not apply to a department, nor does the bonus count.
        Done(a3, l12b);
        Done(a3, l22);
        NotApplicable(a3, l21);
        a3.ResponseFor(bonus.Id).Appraise(AppraisalRound.First, bonus, 1m, 1m, null, someone, now);

        var i1 = await NewInspectorAsync(null);
        var i2 = await NewInspectorAsync(null);
        var i3 = await NewInspectorAsync(c2.Id);
        var i4 = await NewInspectorAsync(p1.Id);
        var idle = await NewInspectorAsync(null);
        await using (var db = app.NewDbContext())
        {
            db.Frameworks.Add(framework);
            db.Periods.Add(period);
            db.Assessments.AddRange(a1, a2, a3);
            db.AppraisalAssignments.AddRange(
                AppraisalAssignment.ForUnit(period.Id, i1, c1.Id),
                AppraisalAssignment.ForUnit(period.Id, i1, p1.Id),
                AppraisalAssignment.ForDomain(period.Id, i2, d1.Id),
                AppraisalAssignment.ForDomain(period.Id, i3, d2.Id),
                AppraisalAssignment.ForUnit(period.Id, i4, c2.Id),
                AppraisalAssignment.ForDomain(period.Id, i4, d1.Id));
            await db.SaveChangesAsync(Ct);
        }

        var load = await app.Handler<GetInspectorLoadHandler>(Roles.Administrator).HandleAsync(new GetInspectorLoad(period.Id), Ct);

        var counts = new[] { i1, i2, i3, i4, idle }.Select(id => load.Single(l => l.InspectorUserId == id)).Select(l => (l.Units, l.Criteria, l.Appraised));
        Assert.Equal(
        [
            // I1: C1 whole (1 + 2 criteria, 2 done) and P1 whole (3 + 1, 2 done).
            (2, 7, 4),
            // I2: domain 1 in C1 (1, 1 done), C2 (2, 0) and P1 (3, 1 done).
            (3, 6, 2),
            // I3 belongs to C2: domain 2 in C1 (2, 1 done) and P1 (1, 1 done) only.
            (2, 3, 2),
            // I4 belongs to P1: C2 whole (2 + 1, none done) and domain 1 in C1 (1, 1 done), counted once each.
            (2, 4, 1),
            (0, 0, 0),
        ], counts);
    }

    private static FrameworkNode Leaf(Framework framework, FrameworkNode parent, NodeLevel level, string code)
    {
        var leaf = framework.AddNode(parent, level, code, $"Tiêu chí {code}", 2m);
        leaf.SetRule(AssessmentMethod.SelfAssessed, RuleType.YesNo, """{"yes":2,"no":0}""", WhenNothingToCount.Zero);
        return leaf;
    }

    private async Task<Guid> NewInspectorAsync(Guid? ownUnit) =>
        await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("tdv").ToLowerInvariant(), "Thẩm định viên tỉnh", Roles.Inspector, ownUnit, "mùa lúa chín vàng"), Ct);

    private async Task<int> FreeYearAsync()
    {
        await using var db = app.NewDbContext();
        var used = await db.Periods.Select(p => p.Year).ToListAsync(Ct);
        return Enumerable.Range(2000, 101).Reverse().First(year => !used.Contains(year));
    }
}
