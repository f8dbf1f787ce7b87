using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.Improvement;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Tests.Improvement;

/// <summary>What-if on a unit's lost points: projected index, class (with the domain condition) and rank in its block.</summary>
public sealed class WhatIfTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task FixingTheTwoPointCriterion_RaisesTheIndexByTwo_AndPassesBinh_ButDomainOneStaysUnder85SoTheClassStaysGood()
    {
        var story = await ImprovementStory.SeedAsync(app);

        var projection = await app.Handler<WhatIfImprovementHandler>(Roles.AgencyStaff, story.An).HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, [story.Plan]), Ct);

        Assert.Equal(new WhatIfFigures(89m, Classification.Good, 3), projection.Current);
        Assert.Equal(new WhatIfFigures(91m, Classification.Good, 2), projection.Projected);
        Assert.Equal((2m, 2m, 1, 3), (projection.IndexGain, projection.PointsRecovered, projection.OvertakenCount, projection.UnitsInBlock));
        Assert.Equal("1.1", Assert.Single(projection.Fixed).Code);
    }

    [Fact]
    public async Task FixingDomainOne_Reaches99_Excellent_First_PassingBothNeighbours_NamedForTheLeader()
    {
        var story = await ImprovementStory.SeedAsync(app);

        var projection = await app.Handler<WhatIfImprovementHandler>(Roles.Leader).HandleAsync(
            new WhatIfImprovement(story.PeriodId, story.An, [story.Inspection, story.Plan, story.Plan]), Ct);

        Assert.Equal(new WhatIfFigures(99m, Classification.Excellent, 1), projection.Projected);
        Assert.Equal(10m, projection.PointsRecovered);
        Assert.Equal(["1.1", "1.2"], projection.Fixed.Select(f => f.Code));
        Assert.Equal(["Sở Cường", "Sở Bình"], projection.Overtaken);
    }

    [Theory]
    [InlineData("1", 3, new string[0])]
    [InlineData("2", 2, new[] { "Sở Bình" })]
    public async Task ATieOnTheIndex_IsBrokenByThePeriodsDomain_AsTheCouncilDecided(string tieBreak, int rank, string[] overtaken)
    {
        var story = await ImprovementStory.SeedAsync(app, tieBreak: tieBreak);
        await using (var db = app.NewDbContext())
        {
            // Bình recorded at 91: An fixing 1.1 (89 + 2) ties with it. Domain 1: An 84 %, Bình 92 %; domain 2: An 98 %, Bình 89 %.
            var binh = db.Assessments.Single(a => a.PeriodId == story.PeriodId && a.UnitId == story.Binh);
            binh.RecordResult(91m, Classification.Excellent, 2, ResultSource.Computed);
            await db.SaveChangesAsync();
        }

        var projection = await app.Handler<WhatIfImprovementHandler>(Roles.Leader).HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, [story.Plan]), Ct);

        Assert.Equal((91m, (int?)rank), (projection.Projected.Index, projection.Projected.Rank));
        Assert.Equal(overtaken, projection.Overtaken);
    }

    [Fact]
    public async Task FixingOnePointOn21_Gives90ButNotEnoughToPassAnyone_NothingTicked_IsTheCurrentResult()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var handler = app.Handler<WhatIfImprovementHandler>(Roles.AgencyLeader, story.An);

        var one = await handler.HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, [story.OnTime]), Ct);
        var none = await handler.HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, []), Ct);

        Assert.Equal(new WhatIfFigures(90m, Classification.Good, 3), one.Projected);
        Assert.Equal(0, one.OvertakenCount);
        Assert.Equal(none.Current, none.Projected);
        Assert.Equal(0m, none.IndexGain);
    }

    [Fact]
    public async Task TheUnitItselfSeesHowManyItWouldPassButNotWhoBeforePublication()
    {
        var story = await ImprovementStory.SeedAsync(app, PeriodState.Approved);

        var own = await app.Handler<WhatIfImprovementHandler>(Roles.AgencyStaff, story.An).HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, [story.Plan]), Ct);
        var inspector = await app.Handler<WhatIfImprovementHandler>(Roles.Inspector).HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, [story.Plan]), Ct);

        Assert.Equal((1, 0), (own.OvertakenCount, own.Overtaken.Count));
        Assert.Equal(["Sở Bình"], inspector.Overtaken);
    }

    [Fact]
    public async Task AnotherUnit_IsRefused_EvenForAPublishedYear_AndACriterionNotLost_IsInvalid_AndAnUndecidedPeriod_IsRefused()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var open = await ImprovementStory.SeedAsync(app, PeriodState.CouncilReview);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<WhatIfImprovementHandler>(Roles.AgencyLeader, story.Binh)
            .HandleAsync(new WhatIfImprovement(story.PeriodId, story.An, [story.Plan]), Ct));
        var invalid = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<WhatIfImprovementHandler>(Roles.AgencyLeader, story.Binh)
            .HandleAsync(new WhatIfImprovement(story.PeriodId, story.Binh, [story.Plan]), Ct));
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<WhatIfImprovementHandler>(Roles.AgencyLeader, open.An)
            .HandleAsync(new WhatIfImprovement(open.PeriodId, open.An, []), Ct));

        Assert.Equal("Tiêu chí không thuộc danh sách điểm bị mất của đơn vị.", Assert.Single(invalid.Errors).ErrorMessage);
    }
}
