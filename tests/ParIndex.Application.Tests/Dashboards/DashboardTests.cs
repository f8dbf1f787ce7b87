using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Dashboards;

/// <summary>The leaders' dashboards: each figure on a small province whose answers are known, and who may see which.</summary>
public sealed class DashboardTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ProvinceDashboard_RanksWithMovement_CountsClassesPerYear_AndMeasuresSelfAssessmentGaps()
    {
        var p = await ProvinceAsync();

        var d = await app.Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id), Ct);

        Assert.Equal([p.Year - 2, p.Year - 1], d.HistoryYears);
        Assert.Equal(["Sở B", "Sở A", "Sở C"], d.Ranking.Select(r => r.Name));
        Assert.Equal([(int?)1, -1, 0], d.Ranking.Select(r => r.RankChange));
        Assert.Equal([(decimal?)80m, 90m], d.Ranking[0].History);
        var classes = d.Classes.Single(c => c.Year == p.Year - 1);
        Assert.Equal((1, 1, 1), (classes.Counts[Classification.Excellent], classes.Counts[Classification.Good], classes.Counts[Classification.Fair]));
        Assert.Equal(("Sở C", 8m), (d.Accuracy[0].Name, d.Accuracy[0].Gap));
        Assert.Equal((3, 1, 1), (d.Live!.Units, d.Live.Submitted, d.Live.Late));
    }

    [Fact]
    public async Task UnitDashboard_ShowsTheUnitBesideItsBlockAverage_ToItsOwnLeader_NotToAnotherUnit()
    {
        var p = await ProvinceAsync();

        var own = await app.Handler<GetUnitDashboardHandler>(Roles.AgencyLeader, p.A.Id).HandleAsync(new GetUnitDashboard(p.A.Id), Ct);

        var last = own.Trend.Single(y => y.Year == p.Year - 1);
        Assert.Equal((85m, 85m, (int?)2), (last.Index!.Value, last.BlockAverage!.Value, last.Rank));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<GetUnitDashboardHandler>(Roles.AgencyLeader, p.A.Id).HandleAsync(new GetUnitDashboard(p.B.Id), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<GetProvinceDashboardHandler>(Roles.AgencyLeader, p.A.Id).HandleAsync(new GetProvinceDashboard(), Ct));
    }

    [Fact]
    public async Task HeatMapAndLostCriteria_ComeFromTheScorecardEngine_OverTheBlocksDecidedScores()
    {
        var p = await ProvinceAsync();

        var d = await app.Handler<GetProvinceDashboardHandler>(Roles.Inspector).HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id), Ct);
        var a1 = await app.Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id, "A1"), Ct);

        Assert.Equal(["A1", "A2"], d.HeatMap.Domains.Select(x => x.Value));
        Assert.Equal([("Sở A", (decimal?)70m, (decimal?)50m), ("Sở B", 80m, 100m), ("Sở C", 60m, null)],
            d.HeatMap.Rows.Select(r => (r.Name, r.Percents[0], r.Percents[1])));
        // A1.1: B lost 2 of 4 and C all 4; A2.1: A lost 5, C's was not applicable; A1.2: A lost 3.
        Assert.Equal([("A1.1", 6m, 2), ("A2.1", 5m, 1), ("A1.2", 3m, 1)], d.TopLost.Select(l => (l.Code, l.PointsLost, l.UnitsLosing)));
        Assert.Equal(["A1"], a1.HeatMap.Domains.Select(x => x.Value));
        Assert.Equal(["A1.1", "A1.2"], a1.TopLost.Select(l => l.Code));
    }

    [Fact]
    public async Task UnitDashboard_ComparesDomainsWithTheBlock_AndHidesAYearNotYetPublishedFromTheUnit()
    {
        var p = await ProvinceAsync();
        await using (var db = app.NewDbContext())
        {
            // A year approved by the council but not yet published: working figures for the province only.
            var approved = new EvaluationPeriod(p.Year + 1, $"Năm {p.Year + 1}", new DateTime(p.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                new DateTime(p.Year + 1, 2, 1, 0, 0, 0, DateTimeKind.Utc));
            foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview, PeriodState.Approved })
            {
                approved.MoveTo(state, new DateTime(p.Year + 2, 3, 1, 0, 0, 0, DateTimeKind.Utc));
            }

            var result = new Assessment(approved.Id, p.A.Id, p.A.BlockId, db.Assessments.First(x => x.PeriodId == p.LastYear).FrameworkId);
            result.RecordResult(99m, Classification.Excellent, 1, ResultSource.Imported);
            db.AddRange(approved, result);
            await db.SaveChangesAsync();
        }

        var own = await app.Handler<GetUnitDashboardHandler>(Roles.AgencyStaff, p.A.Id).HandleAsync(new GetUnitDashboard(p.A.Id), Ct);
        var leader = await app.Handler<GetUnitDashboardHandler>(Roles.Leader).HandleAsync(new GetUnitDashboard(p.A.Id), Ct);

        Assert.Equal([p.Year - 2, p.Year - 1], own.Trend.Select(y => y.Year));
        Assert.Equal(p.Year - 1, own.Year);
        // A1: 70 beside (70 + 80 + 60) / 3; A2: 50 beside (50 + 100) / 2, C having none.
        Assert.Equal([("A1", (decimal?)70m, (decimal?)70m), ("A2", 50m, 75m)], own.Domains.Select(x => (x.Code, x.UnitPercent, x.BlockPercent)));
        Assert.Equal([(decimal?)88m, 85m], own.Trend.Select(y => y.Index));
        Assert.Equal([(decimal?)79.33m, 85m], own.Trend.Select(y => y.BlockAverage));
        Assert.Equal((p.Year + 1, (decimal?)99m), (leader.Trend[^1].Year, leader.Trend[^1].Index));
    }

    [Fact]
    public async Task AYearDecidedBeforeDigestsWereStored_IsDigestedOnFirstView_AndStoredForEveryLaterView()
    {
        var p = await ProvinceAsync();
        var handler = app.Handler<GetProvinceDashboardHandler>(Roles.Leader);
        var first = await handler.HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id, "A1"), Ct);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.BlockDigests.CountAsync(d => d.PeriodId == p.LastYear && d.BlockId == p.Block.Id));
            // Behind the dashboard's back: A's A1.1 appraised 0 instead of 4. A published year changes only through the council.
            var a = db.Assessments.Include(x => x.Responses).Single(x => x.PeriodId == p.LastYear && x.UnitId == p.A.Id);
            a.Responses.Single(r => r.FinalScore == 4m).RecordFinalScore(0m, null);
            await db.SaveChangesAsync();
        }

        var kept = await handler.HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id, "A1"), Ct);
        var otherServer = await new GetProvinceDashboardHandler(app.Handler<IParIndexDbFactory>(Roles.Leader), app.Handler<FakeCurrentUser>(Roles.Leader),
            app.Clock, new BlockDigestCache()).HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id, "A1"), Ct);

        Assert.Equal((decimal?)70m, first.HeatMap.Rows[0].Percents[0]);
        Assert.Equal((decimal?)70m, kept.HeatMap.Rows[0].Percents[0]);
        Assert.Equal((decimal?)70m, otherServer.HeatMap.Rows[0].Percents[0]);
        Assert.Equal(first.TopLost, otherServer.TopLost);
    }

    [Fact]
    public async Task LiveFigures_FollowTheClock_ThroughTheExtendedDeadline()
    {
        var p = await ProvinceAsync();
        var before = await app.Handler<GetProvinceDashboardHandler>(Roles.Administrator).HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id), Ct);

        var saved = app.Clock.Now;
        app.Clock.Now = saved.AddDays(4);
        try
        {
            var after = await app.Handler<GetProvinceDashboardHandler>(Roles.Administrator).HandleAsync(new GetProvinceDashboard(p.LastYear, p.Block.Id), Ct);

            // C missed the deadline a day ago; B's extension runs three more days, then B is late too.
            Assert.Equal((3, 1, 0, 1), (before.Live!.Units, before.Live.Submitted, before.Live.Appraised, before.Live.Late));
            Assert.Equal((3, 1, 0, 2), (after.Live!.Units, after.Live.Submitted, after.Live.Appraised, after.Live.Late));
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }

    [Fact]
    public void Figures_TopLostSumsOverUnits_IgnoringExcludedLeaves_AndTheHeatMapIsPercentOfTheApplicableMaximum()
    {
        static LeafLine Line(string code, decimal max, decimal points, bool excluded = false) =>
            new(Guid.NewGuid(), code, $"Tiêu chí {code}", code[..2], max, points, excluded, null, null);
        static AssessmentScore Score(params LeafLine[] lines) => new(0, 0, 0, 0, 0, 0,
            [.. lines.GroupBy(l => l.DomainCode).Select(g => new DomainScore(Guid.NewGuid(), g.Key, $"Lĩnh vực {g.Key}", g.Sum(l => l.Points), g.Where(l => !l.IsNotEvaluated).Sum(l => l.MaxPoints)))],
            lines);
        var a = Score(Line("A1.1", 2, 1), Line("A1.2", 3, 3), Line("A2.1", 5, 0, excluded: true));
        var b = Score(Line("A1.1", 2, 0.5m), Line("A1.2", 3, 2), Line("A2.1", 5, 4));

        var lost = DashboardFigures.TopLost(DashboardFigures.Losses([a, b]), domainCode: null);
        var map = DashboardFigures.HeatMap([(Guid.NewGuid(), "A", a.Domains), (Guid.NewGuid(), "B", b.Domains)], domainCode: "A1");

        Assert.Equal([("A1.1", 2.5m, 2), ("A1.2", 1m, 1), ("A2.1", 1m, 1)], lost.Select(l => (l.Code, l.PointsLost, l.UnitsLosing)));
        Assert.Equal(["A1"], map.Domains.Select(x => x.Value));
        Assert.Equal([(decimal?)80m], map.Rows[0].Percents);
        Assert.Equal([(decimal?)50m], map.Rows[1].Percents);
        Assert.Equal(-3, DashboardFigures.RankChange(2, 5));
    }

    private sealed record Province(Block Block, Unit A, Unit B, Unit C, Guid LastYear, int Year);

    /// <summary>Three departments over two published years (B climbs, A falls), and a year under way with one late unit.</summary>
    private async Task<Province> ProvinceAsync()
    {
        var block = new Block(TestApp.UniqueCode("SO"), "Sở, ban, ngành", null, BlockKind.Department, isRanked: true, sortOrder: 1);
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số", BlockKind.Department, 1, "Minh họa", isIllustrative: true);
        var a = new Unit(TestApp.UniqueCode("A"), "Sở A", block.Id);
        var b = new Unit(TestApp.UniqueCode("B"), "Sở B", block.Id);
        var c = new Unit(TestApp.UniqueCode("C"), "Sở C", block.Id);
        var a1 = framework.AddNode(null, NodeLevel.Domain, "A1", "Chỉ đạo, điều hành", 10m);
        var a2 = framework.AddNode(null, NodeLevel.Domain, "A2", "Thủ tục hành chính", 10m);
        FrameworkNode[] leaves = [framework.AddNode(a1, NodeLevel.Criterion, "A1.1", "Kế hoạch CCHC", 4m),
            framework.AddNode(a1, NodeLevel.Criterion, "A1.2", "Báo cáo CCHC", 6m), framework.AddNode(a2, NodeLevel.Criterion, "A2.1", "Công khai TTHC", 10m)];
        foreach (var leaf in leaves)
        {
            leaf.SetRule(AssessmentMethod.SelfAssessed, RuleType.YesNo, "{}", WhenNothingToCount.Excluded);
        }

        var year = await FreeYearAsync();
        await using var db = app.NewDbContext();
        db.AddRange(block, framework, a, b, c);
        Published(year - 2, db, framework, (a, 88m, null, Classification.Good, 1), (b, 80m, null, Classification.Good, 2), (c, 70m, null, Classification.Fair, 3));
        var second = Published(year - 1, db, framework, (b, 90m, 91m, Classification.Excellent, 1), (a, 85m, 86m, Classification.Good, 2), (c, 80m, 88m, Classification.Fair, 3));
        // The appraised points of A1.1, A1.2, A2.1 in the last published year; C's A2.1 did not apply to it.
        Decided(db, second, leaves, (a, [4m, 3m, 5m]), (b, [2m, 6m, 10m]), (c, [0m, 6m, null]));

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var live = new EvaluationPeriod(year, $"Năm {year}", now.AddDays(-30), now.AddDays(-1));
        live.MoveTo(PeriodState.SelfAssessmentOpen, now.AddDays(-30));
        db.Add(live);
        var submitted = new Assessment(live.Id, a.Id, a.BlockId, framework.Id);
        submitted.Submit(live, Guid.NewGuid(), now.AddDays(-2));
        var extended = new Assessment(live.Id, b.Id, b.BlockId, framework.Id);
        extended.ExtendDeadline(now.AddDays(3), "Ốm đau");
        db.AddRange(submitted, extended, new Assessment(live.Id, c.Id, c.BlockId, framework.Id));
        await db.SaveChangesAsync();
        return new Province(block, a, b, c, second, year);
    }

    private static void Decided(ParIndex.Infrastructure.Persistence.ParIndexDbContext db, Guid periodId, FrameworkNode[] leaves,
        params (Unit Unit, decimal?[] Points)[] units)
    {
        foreach (var (unit, points) in units)
        {
            var assessment = db.ChangeTracker.Entries<Assessment>().Select(e => e.Entity).Single(x => x.PeriodId == periodId && x.UnitId == unit.Id);
            for (var i = 0; i < leaves.Length; i++)
            {
                var response = assessment.ResponseFor(leaves[i].Id);
                if (points[i] is { } p)
                {
                    response.RecordFinalScore(p, null);
                }
                else
                {
                    response.MarkNotApplicable("Không có TTHC thuộc thẩm quyền.");
                }
            }
        }
    }

    private static Guid Published(int year, ParIndex.Infrastructure.Persistence.ParIndexDbContext db, Framework framework,
        params (Unit Unit, decimal Index, decimal? Self, Classification Class, int Rank)[] results)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        period.Through(PeriodState.Published, new DateTime(year + 1, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        db.Add(period);
        foreach (var (unit, index, self, cls, rank) in results)
        {
            var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, framework.Id);
            assessment.RecordSelfIndex(self);
            assessment.RecordResult(index, cls, rank, ResultSource.Computed);
            db.Add(assessment);
        }

        return period.Id;
    }

    /// <summary>Each story its own three years, so stories in this class never meet.</summary>
    private async Task<int> FreeYearAsync()
    {
        await using var db = app.NewDbContext();
        var taken = db.Periods.Select(p => p.Year).ToHashSet();
        return Enumerable.Range(2002, 90).First(y => !taken.Contains(y) && !taken.Contains(y - 1) && !taken.Contains(y - 2) && y % 3 == 0);
    }
}
