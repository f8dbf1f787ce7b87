using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Application.Tests.Seeding;

public sealed class DemoDataSeederTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    private const int CurrentYear = 2026;

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesFourBlocksAndTheProvinceUnits()
    {
        await using var db = fixture.CreateDb();
        var blocks = await db.Blocks.AsNoTracking().ToListAsync();
        var units = await db.Units.AsNoTracking().ToListAsync();

        Assert.True(fixture.Result.Seeded);
        Assert.Equal(4, blocks.Count);
        Assert.Equal([BlockKind.Department, BlockKind.CommuneWard, BlockKind.District, BlockKind.VerticalAgency],
            blocks.OrderBy(b => b.SortOrder).Select(b => b.Kind));
        Assert.False(blocks.Single(b => b.Kind == BlockKind.VerticalAgency).IsRanked);
        Assert.All(blocks.Where(b => b.Kind != BlockKind.VerticalAgency), b => Assert.True(b.IsRanked));

        int Active(BlockKind kind) => units.Count(u => u.IsActive && u.BlockId == blocks.Single(b => b.Kind == kind).Id);
        Assert.InRange(Active(BlockKind.Department), 18, 22);
        Assert.InRange(Active(BlockKind.CommuneWard), 28, 32);
        Assert.Equal(0, Active(BlockKind.District));
        Assert.Equal(7, Active(BlockKind.VerticalAgency));
        Assert.Contains(units, u => u.Name == "Sở Y tế" && u.IsActive);
        Assert.Contains(units, u => u.Name.StartsWith("Công an tỉnh Sông Lam", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_CommuneReform_MergedUnitsAreInactiveAndKeepTheirPastAssessments()
    {
        await using var db = fixture.CreateDb();
        var communeBlock = await db.Blocks.AsNoTracking().SingleAsync(b => b.Kind == BlockKind.CommuneWard);
        var communes = await db.Units.AsNoTracking().Where(u => u.BlockId == communeBlock.Id).ToListAsync();
        var merges = await db.UnitMerges.AsNoTracking().ToListAsync();
        var assessments = await db.Assessments.AsNoTracking().ToListAsync();
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Year);

        var merged = communes.Where(u => !u.IsActive).ToList();
        Assert.Equal(15, merged.Count);
        Assert.Equal(30, communes.Count(u => u.IsActive));
        Assert.All(merged, unit =>
        {
            var merge = Assert.Single(merges, m => m.PredecessorUnitId == unit.Id);
            Assert.Equal(unit.MergedIntoUnitId, merge.SuccessorUnitId);
            Assert.Equal(new DateOnly(2025, 7, 1), merge.EffectiveOn);
            Assert.Equal("Nghị quyết 1656/NQ-UBTVQH15", merge.DecisionReference);
            Assert.True(communes.Single(c => c.Id == merge.SuccessorUnitId).IsActive);

            var years = assessments.Where(a => a.UnitId == unit.Id).Select(a => periods[a.PeriodId]).Order().ToList();
            Assert.Equal([2023, 2024], years);
            Assert.All(assessments.Where(a => a.UnitId == unit.Id), a => Assert.NotNull(a.FinalIndex));
        });

        // 38 communes and wards were assessed before the reform, 30 after it.
        var communeIds = communes.Select(c => c.Id).ToHashSet();
        int AssessedIn(int year) => assessments.Count(a => periods[a.PeriodId] == year && communeIds.Contains(a.UnitId));
        Assert.Equal(38, AssessedIn(2023));
        Assert.Equal(38, AssessedIn(2024));
        Assert.Equal(30, AssessedIn(2025));
        Assert.Equal(30, AssessedIn(CurrentYear));
    }

    [Fact]
    public async Task Seed_Frameworks_LeavesSumExactlyToOneHundredWithUniqueCodesAndStatedRules()
    {
        await using var db = fixture.CreateDb();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).ToListAsync();

        Assert.Equal(2, frameworks.Count);
        foreach (var framework in frameworks)
        {
            var leaves = framework.Leaves().ToList();
            Assert.Equal(100.00m, leaves.Sum(l => l.MaxPoints));
            Assert.Equal(framework.Nodes.Count, framework.Nodes.Select(n => n.Code).Distinct().Count());
            Assert.True(framework.IsIllustrative);
            Assert.Contains("876/QĐ-BNV", framework.LegalBasis, StringComparison.Ordinal);
            Assert.Equal(2m, framework.BonusCap);
            Assert.Equal(5m, framework.DeductionCap);
            Assert.Equal(FrameworkState.InUse, framework.State);
            Assert.Equal(8, framework.Nodes.Count(n => n.Level == NodeLevel.Domain));
            Assert.Equal(30m, leaves.Where(l => l.Method == AssessmentMethod.Survey).Sum(l => l.MaxPoints));
            foreach (var parent in framework.Nodes.Where(n => framework.Nodes.Any(c => c.ParentId == n.Id)))
            {
                Assert.Equal(parent.MaxPoints, framework.Nodes.Where(c => c.ParentId == parent.Id).Sum(c => c.MaxPoints));
            }

            Assert.All(leaves, leaf =>
            {
                // No note: the guidance units read is written from the rule, which must therefore read.
                Assert.Null(leaf.Guidance);
                Assert.False(string.IsNullOrWhiteSpace(RuleGuidance.WithNote(leaf.RuleType, leaf.RuleParameters, leaf.WhenNothingToCount, leaf.MaxPoints, null, CultureInfo.GetCultureInfo("vi-VN"))));
                Assert.False(string.IsNullOrWhiteSpace(leaf.EvidenceRequired));
                Assert.False(string.IsNullOrWhiteSpace(leaf.TitleEn));
                using var parameters = JsonDocument.Parse(leaf.RuleParameters);
                Assert.NotEmpty(parameters.RootElement.EnumerateObject());
            });
        }

        var departments = frameworks.Single(f => f.BlockKind == BlockKind.Department);
        Assert.Equal(49, departments.Leaves().Count());
        Assert.Equal(39, frameworks.Single(f => f.BlockKind == BlockKind.CommuneWard).Leaves().Count());
        var onTime = departments.Nodes.Single(n => n.Code == "A3.3");
        Assert.Equal((RuleType.PercentTiers, AssessmentMethod.External), (onTime.RuleType, onTime.Method));
        Assert.Equal("""{"tiers":[{"min":98,"points":4},{"min":95,"points":2},{"min":90,"points":1}]}""", onTime.RuleParameters);
        var split = departments.Nodes.Single(n => n.Code == "A7.3");
        Assert.Equal(7m, split.MaxPoints);
        Assert.Equal(4, departments.Nodes.Count(n => n.ParentId == split.Id && n.Level == NodeLevel.SubCriterion));
        Assert.Equal(WhenNothingToCount.FullPoints, departments.Nodes.Single(n => n.Code == "A3.7").WhenNothingToCount);
    }

    [Fact]
    public async Task Seed_Periods_ThreePublishedYearsWithBandsAndTheCurrentYearOpen()
    {
        await using var db = fixture.CreateDb();
        var periods = await db.Periods.AsNoTracking().OrderBy(p => p.Year).ToListAsync();
        var blocks = await db.Blocks.AsNoTracking().ToListAsync();

        Assert.Equal([2023, 2024, 2025, 2026], periods.Select(p => p.Year));
        Assert.All(periods.Take(3), p =>
        {
            Assert.Equal(PeriodState.Published, p.State);
            Assert.NotNull(p.PublishedAtUtc);
            Assert.True(p.PublishedAtUtc < SeededDatabaseFixture.Now.UtcDateTime);
            Assert.Equal(ClassificationBands.Default.OrderBy(b => b.Classification),
                p.Bands.Where(b => b.BlockId is null).OrderBy(b => b.Classification).Select(b => (b.Classification, b.LowerBound)));
        });
        Assert.All(periods, p => Assert.Equal(3, p.Frameworks.Count));
        Assert.DoesNotContain(periods.SelectMany(p => p.Frameworks), f => f.BlockId == blocks.Single(b => b.Kind == BlockKind.District).Id);

        var current = periods[^1];
        Assert.Equal(PeriodState.SelfAssessmentOpen, current.State);
        Assert.True(current.AcceptsSelfAssessment(SeededDatabaseFixture.Now.UtcDateTime));
        Assert.Equal(new DateTime(2026, 11, 9, 1, 0, 0, DateTimeKind.Utc), current.SelfAssessmentOpensAtUtc);
        Assert.Equal(new DateTime(2026, 12, 23, 10, 0, 0, DateTimeKind.Utc), current.SelfAssessmentDeadlineUtc);
        Assert.Equal(DateTimeKind.Utc, current.SelfAssessmentDeadlineUtc.Kind);
    }

    [Fact]
    public async Task Seed_EverySubmittedAssessment_ShowsItsSubmissionHistoryLine_LikeARealSubmission()
    {
        await using var db = fixture.CreateDb();
        var submitted = await db.Assessments.IgnoreQueryFilters().Where(a => a.SubmittedAtUtc != null)
            .Select(a => new { a.Id, a.UnitId, a.SubmittedAtUtc, a.SubmittedByUserId }).ToListAsync();
        var lines = (await db.SubmissionRecords.ToListAsync()).ToLookup(r => r.AssessmentId);

        // The published years are built as entities, the open year through SubmitSelfAssessment: both leave one line each.
        Assert.True(submitted.Count > 100);
        foreach (var assessment in submitted)
        {
            var line = Assert.Single(lines[assessment.Id]);
            Assert.Equal((SubmissionKind.Submitted, assessment.SubmittedAtUtc), (line.Kind, (DateTime?)line.AtUtc));
            Assert.False(string.IsNullOrWhiteSpace(line.ByName));
        }

        var office = await db.Units.Where(u => u.Code == "VPUBND").Select(u => u.Id).SingleAsync();
        var leader = await db.Users.Where(u => u.UserName == "lanhdao.vpubnd").Select(u => new { u.Id, u.FullName }).SingleAsync();
        var officeLines = submitted.Where(a => a.UnitId == office).SelectMany(a => lines[a.Id]).ToList();
        Assert.NotEmpty(officeLines);
        Assert.All(officeLines, l => Assert.Equal((leader.Id, leader.FullName), (l.ByUserId, l.ByName)));
    }

    [Fact]
    public async Task Seed_PastAssessments_CarryTheIndexTheirScoresGiveAndACompetitionRank()
    {
        var data = await PastYearsAsync();

        foreach (var year in data.GroupBy(d => (d.Year, d.Block)))
        {
            foreach (var item in year)
            {
                Assert.Equal(AssessmentState.Final, item.Assessment.State);
                Assert.Equal(ResultSource.Computed, item.Assessment.ResultSource);
                Assert.Equal(item.ExpectedIndex, item.Assessment.FinalIndex);
                Assert.Equal(ClassificationBands.Classify(item.ExpectedIndex, ClassificationBands.Default), item.Assessment.Classification);
                Assert.NotNull(item.Assessment.SelfIndex);
            }

            if (!year.Key.Block.IsRanked)
            {
                Assert.All(year, item => Assert.Null(item.Assessment.Rank));
                continue;
            }

            // Competition ranking on the rounded index, recomputed here without the domain's Ranking.
            foreach (var item in year)
            {
                var rounded = Math.Round(item.ExpectedIndex, 2, MidpointRounding.AwayFromZero);
                var better = year.Count(o => Math.Round(o.ExpectedIndex, 2, MidpointRounding.AwayFromZero) > rounded);
                Assert.Equal(better + 1, item.Assessment.Rank);
            }

            Assert.Contains(year, item => item.Assessment.Rank == 1);
        }
    }

    [Fact]
    public async Task Seed_Story_TheRiserClimbsFrom14thToFirstAndClassesSpreadAsInRealYears()
    {
        var data = await PastYearsAsync();
        var riser = data.Where(d => d.UnitCode == "VPUBND").OrderBy(d => d.Year).Select(d => d.Assessment.Rank).ToList();

        Assert.Equal([14, 6, 1], riser);
        var decliner = data.Where(d => d.UnitCode == "SXD").OrderBy(d => d.Year).Select(d => d.Assessment.Rank!.Value).ToList();
        Assert.True(decliner[2] > decliner[0]);

        var classes = data.Select(d => d.Assessment.Classification!.Value).ToList();
        Assert.Contains(Classification.Excellent, classes);
        Assert.Contains(Classification.Average, classes);
        Assert.DoesNotContain(Classification.Weak, classes);
        Assert.True(classes.Count(c => c is Classification.Good or Classification.Fair) > classes.Count / 2);
    }

    [Fact]
    public async Task Seed_PastResponses_EveryLostPointIsExplainedAndScoresStayWithinTheirLimits()
    {
        var data = await PastYearsAsync();
        var responses = data.SelectMany(d => d.Responses).ToList();

        Assert.All(responses.Where(r => !r.Response.IsNotApplicable), r =>
        {
            Assert.NotNull(r.Response.FinalScore);
            Assert.InRange(r.Response.FinalScore!.Value, 0m, r.Leaf.MaxPoints);
            if (r.Response.FinalScore < r.Leaf.MaxPoints)
            {
                Assert.False(string.IsNullOrWhiteSpace(r.Response.AppraisalComment));
            }

            if (r.Leaf.Method == AssessmentMethod.Survey)
            {
                Assert.Null(r.Response.SelfScore);
                return;
            }

            Assert.NotNull(r.Response.SelfScore);
            Assert.InRange(r.Response.SelfScore!.Value, 0m, r.Leaf.MaxPoints);
            Assert.True(r.Response.FinalScore <= r.Response.SelfScore + 0.5m);
            if (r.Leaf.RuleType is not (RuleType.Proportional or RuleType.Survey))
            {
                Assert.Equal(0m, r.Response.FinalScore!.Value % 0.25m);
                Assert.Equal(0m, r.Response.SelfScore.Value % 0.25m);
            }
        });
        Assert.Contains(responses, r => r.Response.FinalScore < r.Leaf.MaxPoints && r.Response.AppraisalComment!.Contains("(< 98%)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_NotEvaluatedLeaves_LeaveTheMaximumOfTheInspectorate()
    {
        var data = await PastYearsAsync();
        var inspectorate = data.Where(d => d.UnitCode == "TTT").ToList();

        Assert.Equal(3, inspectorate.Count);
        Assert.All(inspectorate, d =>
        {
            var excluded = d.Responses.Where(r => r.Response.IsNotApplicable).ToList();
            Assert.All(excluded, r => Assert.False(string.IsNullOrWhiteSpace(r.Response.NotApplicableReason)));
            Assert.Equal(27m, excluded.Sum(r => r.Leaf.MaxPoints));
            Assert.Equal(73m, d.Responses.Where(r => !r.Response.IsNotApplicable).Sum(r => r.Leaf.MaxPoints));
        });
    }

    [Fact]
    public async Task Seed_CurrentYear_EveryActiveUnitHasAnAssessmentAFewStartedAndOneSubmitted()
    {
        await using var db = fixture.CreateDb();
        var current = await db.Periods.AsNoTracking().SingleAsync(p => p.Year == CurrentYear);
        var activeUnits = await db.Units.AsNoTracking().Where(u => u.IsActive).ToListAsync();
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).Where(a => a.PeriodId == current.Id).ToListAsync();

        Assert.Equal(activeUnits.Select(u => u.Id).Order(), assessments.Select(a => a.UnitId).Order());
        var submitted = Assert.Single(assessments, a => a.State == AssessmentState.Submitted);
        Assert.Equal("PLAMSON", activeUnits.Single(u => u.Id == submitted.UnitId).Code);
        Assert.InRange(assessments.Count(a => a.State == AssessmentState.InProgress), 3, 8);
        Assert.True(assessments.Count(a => a.State == AssessmentState.NotStarted) > assessments.Count / 2);
        Assert.All(assessments.SelectMany(a => a.Responses), r => Assert.Null(r.FinalScore));
        Assert.All(assessments, a => Assert.Null(a.FinalIndex));

        var leader = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "lanhdao.plamson");
        Assert.Equal(leader.Id, submitted.SubmittedByUserId);
    }

    [Fact]
    public async Task Seed_CurrentYear_CameThroughTheUseCases_EachStepAuditedByWhoTookIt()
    {
        await using var db = fixture.CreateDb();
        var current = await db.Periods.AsNoTracking().SingleAsync(p => p.Year == CurrentYear);
        var trail = await db.AuditEntries.AsNoTracking().Where(e => e.Succeeded).ToListAsync();
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin");
        var leader = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "lanhdao.plamson");
        var plamson = await db.Assessments.AsNoTracking().Include(a => a.Responses).Where(a => a.PeriodId == current.Id)
            .SingleAsync(a => a.UnitId == db.Units.Single(u => u.Code == "PLAMSON").Id);

        // The administrator created the period, gave each of the three blocks with units its framework and opened it.
        Assert.Contains(trail, e => e.Action == "period.created" && e.EntityId == current.Id.ToString() && e.UserId == admin.Id);
        Assert.Equal(3, trail.Count(e => e.Action == "period.frameworkAssigned" && e.EntityId == current.Id.ToString()));
        Assert.Contains(trail, e => e.Action == "period.stateChanged" && e.EntityId == current.Id.ToString() && e.UserId == admin.Id);
        Assert.Contains(trail, e => e.Action == "criterion.notApplicable" && e.UserId == admin.Id && e.NewValues!.Contains(current.Id.ToString()));

        // Every answer Phường Lam Sơn holds was saved by the answer use case, and its leader submitted.
        var saved = trail.Count(e => e.Action == "selfAssessment.answerSaved" && plamson.Responses.Any(r => r.Id.ToString() == e.EntityId));
        Assert.Equal(plamson.Responses.Count, saved);
        Assert.Contains(trail, e => e.Action == "selfAssessment.submitted" && e.EntityId == plamson.Id.ToString() && e.UserId == leader.Id);
        Assert.NotNull(plamson.SelfIndex);
    }

    [Fact]
    public async Task Seed_Twice_AddsNothing()
    {
        await using var before = fixture.CreateDb();
        var counts = await CountsAsync(before);

        var again = await fixture.SeedAsync();

        Assert.False(again.Seeded);
        Assert.Equal(fixture.Result.Accounts.Select(a => a.UserName), again.Accounts.Select(a => a.UserName));
        await using var after = fixture.CreateDb();
        Assert.Equal(counts, await CountsAsync(after));
    }

    [Fact]
    public async Task Seed_DemoAccounts_ExistWithTheirRoleUnitAndTheDemoPassword()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ParIndex.Infrastructure.Persistence.ParIndexDbContext>();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code);

        Assert.Equal(11, fixture.Result.Accounts.Count);
        Assert.Equal(Roles.All.Order(), fixture.Result.Accounts.Select(a => a.Role).Distinct().Order());
        foreach (var account in fixture.Result.Accounts)
        {
            var user = await users.FindByNameAsync(account.UserName);
            Assert.NotNull(user);
            Assert.Equal([account.Role], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, account.Password));
            Assert.False(await users.CheckPasswordAsync(user, account.Password + "x"));
            Assert.False(string.IsNullOrWhiteSpace(user.FullName));
            Assert.Equal(Roles.IsBoundToUnit(account.Role), user.UnitId is not null);
            Assert.Equal(account.UnitCode, user.UnitId is { } unitId ? units[unitId] : null);
        }

        Assert.Contains(fixture.Result.Accounts, a => a is { UserName: "canbo.syt", Role: Roles.AgencyStaff, UnitName: "Sở Y tế" });
        Assert.All(fixture.Result.Accounts, a => Assert.True(a.Password.Length >= 12));
        var table = fixture.Result.FormatAccountsTable();
        Assert.Contains("lanhdao.vpubnd", table, StringComparison.Ordinal);
        Assert.Contains("Demo@ParIndex2026", table, StringComparison.Ordinal);
    }

    private static async Task<(int, int, int, int, int, int, int)> CountsAsync(ParIndex.Infrastructure.Persistence.ParIndexDbContext db) => (
        await db.Blocks.CountAsync(), await db.Units.CountAsync(), await db.UnitMerges.CountAsync(), await db.Frameworks.CountAsync(),
        await db.Periods.CountAsync(), await db.CriterionResponses.CountAsync(), await db.Users.CountAsync());

    private async Task<List<PastResult>> PastYearsAsync()
    {
        await using var db = fixture.CreateDb();
        var periods = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Published).ToDictionaryAsync(p => p.Id, p => p.Year);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var nodes = await db.FrameworkNodes.AsNoTracking().ToDictionaryAsync(n => n.Id);
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).ToListAsync();

        return [.. assessments.Where(a => periods.ContainsKey(a.PeriodId)).Select(a =>
        {
            var responses = a.Responses.Select(r => (Response: r, Leaf: nodes[r.NodeId])).ToList();
            var applicable = responses.Where(r => !r.Response.IsNotApplicable).ToList();
            var index = 100m * applicable.Sum(r => r.Response.FinalScore ?? 0m) / applicable.Sum(r => r.Leaf.MaxPoints);
            var unit = units[a.UnitId];
            return new PastResult(periods[a.PeriodId], blocks[unit.BlockId], unit.Code, a, responses, index);
        })];
    }

    private sealed record PastResult(
        int Year, Block Block, string UnitCode, Assessment Assessment,
        List<(CriterionResponse Response, FrameworkNode Leaf)> Responses, decimal ExpectedIndex);

    [Fact]
    public async Task Seed_PastYears_ArePublishedInOneVerifiableChain()
    {
        await using var db = fixture.CreateDb();
        var years = await db.Publications.AsNoTracking().Join(db.Periods, p => p.PeriodId, y => y.Id, (p, y) => new { y.Year, p.Sequence, p.Version })
            .OrderBy(p => p.Sequence).ToListAsync();
        await using var scope = fixture.Services.CreateAsyncScope();

        var verify = new ParIndex.Application.Publication.VerifyPublicationsHandler(
            scope.ServiceProvider.GetRequiredService<IParIndexDbFactory>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            scope.ServiceProvider.GetRequiredService<ParIndex.Application.Publication.IPublicationSigner>());

        var report = await verify.HandleAsync(new ParIndex.Application.Publication.VerifyPublications(), default);

        Assert.Equal([(CurrentYear - 3, 1L), (CurrentYear - 2, 2L), (CurrentYear - 1, 3L)], years.Select(p => (p.Year, p.Sequence)));
        Assert.All(years, p => Assert.Equal(1, p.Version));
        Assert.True(report.Passed, string.Join("; ", report.Problems.Select(p => p.Message)));
    }
}
