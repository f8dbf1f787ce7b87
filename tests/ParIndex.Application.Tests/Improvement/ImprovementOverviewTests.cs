using ParIndex.Application.Common;
using ParIndex.Application.Improvement;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Tests.Improvement;

/// <summary>Home Affairs and the leaders follow every unit's plan: counts by status, overdue by today's date, percent done.</summary>
public sealed class ImprovementOverviewTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private DateOnly Today => VietnamTime.DateOf(app.Clock.Now.UtcDateTime);

    [Fact]
    public async Task Overview_CountsEachUnitsTasks_OverdueByTheClock_AndFiltersByBlock()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var soon = await CreateAsync(story, story.An, story.Plan, Today.AddDays(2));
        await CreateAsync(story, story.An, story.Inspection, Today.AddDays(30));
        var done = await CreateAsync(story, story.An, story.OnTime, Today.AddDays(1));
        var later = await CreateAsync(story, story.Binh, null, Today.AddDays(3));
        await MoveAsync(story.An, soon, ImprovementStatus.InProgress);
        await MoveAsync(story.An, done, ImprovementStatus.Done);
        await MoveAsync(story.Binh, later, ImprovementStatus.InProgress);
        var handler = app.Handler<GetImprovementOverviewHandler>(Roles.Inspector);

        var onTime = await handler.HandleAsync(new GetImprovementOverview(story.PeriodId, story.BlockId), Ct);
        app.Clock.Now = app.Clock.Now.AddDays(3);
        ImprovementOverview late;
        try
        {
            late = await handler.HandleAsync(new GetImprovementOverview(story.PeriodId, story.BlockId), Ct);
        }
        finally
        {
            app.Clock.Now = app.Clock.Now.AddDays(-3);
        }

        Assert.Equal(new ImprovementCounts(3, 1, 1, 1, 0), Row(onTime, story.An).Counts);
        Assert.Equal(33, Row(onTime, story.An).Counts.PercentDone);
        // Three days on: An's task due in two days is late, the done one never is; Bình's is due today, not yet late.
        Assert.Equal(new ImprovementCounts(3, 1, 0, 1, 1), Row(late, story.An).Counts);
        Assert.Equal(new ImprovementCounts(1, 0, 1, 0, 0), Row(late, story.Binh).Counts);
        Assert.Equal(new ImprovementCounts(4, 1, 1, 1, 1), late.Totals);
        Assert.Equal((11m, 1m), (Row(late, story.An).PointsPlanned, Row(late, story.An).PointsRecovered));
        var cuong = Row(late, story.Cuong);
        Assert.Equal((ImprovementCounts.Empty, (int?)null, (decimal?)92m, (Classification?)Classification.Excellent),
            (cuong.Counts, cuong.Counts.PercentDone, cuong.Index, cuong.Classification));
        Assert.Equal(["Sở An", "Sở Bình", "Sở Cường"], late.Rows.Select(r => r.Name));
        Assert.DoesNotContain(late.Rows, r => r.UnitId == story.Commune);

        var everyBlock = await handler.HandleAsync(new GetImprovementOverview(story.PeriodId), Ct);
        Assert.Equal(4, everyBlock.Rows.Count);
        Assert.Equal("UBND xã Đông", everyBlock.Rows[^1].Name);
    }

    [Fact]
    public async Task Overview_IsForHomeAffairsLeadersAndTheAdministrator_NotForUnitsOrTheCouncil()
    {
        var story = await ImprovementStory.SeedAsync(app);

        foreach (var role in new[] { Roles.Inspector, Roles.Leader, Roles.Administrator })
        {
            var overview = await app.Handler<GetImprovementOverviewHandler>(role).HandleAsync(new GetImprovementOverview(story.PeriodId), Ct);
            Assert.Equal(story.PeriodId, overview.Period!.Id);
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetImprovementOverviewHandler>(Roles.AgencyLeader, story.An)
            .HandleAsync(new GetImprovementOverview(story.PeriodId), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetImprovementOverviewHandler>(Roles.CouncilMember)
            .HandleAsync(new GetImprovementOverview(story.PeriodId), Ct));
    }

    private static OverviewRow Row(ImprovementOverview overview, Guid unitId) => overview.Rows.Single(r => r.UnitId == unitId);

    private async Task<Guid> CreateAsync(ImprovementStory story, Guid unitId, Guid? criterion, DateOnly due) =>
        await app.Handler<CreateImprovementTaskHandler>(Roles.AgencyStaff, unitId).HandleAsync(
            new CreateImprovementTask(story.PeriodId, unitId, criterion, $"Nhiệm vụ hạn {due:dd/MM}", null, "Văn phòng", due), Ct);

    private async Task MoveAsync(Guid unitId, Guid id, ImprovementStatus status)
    {
        await using var db = app.NewDbContext();
        var stamp = db.ImprovementTasks.Where(t => t.Id == id).Select(t => t.ConcurrencyStamp).Single();
        await app.Handler<ChangeImprovementStatusHandler>(Roles.AgencyStaff, unitId).HandleAsync(new ChangeImprovementStatus(id, status, stamp), Ct);
    }
}
