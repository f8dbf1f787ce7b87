using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Seeding;

/// <summary>
/// The engine recomputes every published demo result from its leaves: the same index, class and lost points the
/// demo story recorded, each lost point with a reason.
/// </summary>
public sealed class DemoScorecardTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task Scorecards_EveryPublishedDemoResult_RecomputeToTheRecordedIndexAndExplainEachLostPoint()
    {
        await using var db = fixture.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();
        var published = await (from a in db.Assessments
                               join p in db.Periods on a.PeriodId equals p.Id
                               where p.State == PeriodState.Published && a.FinalIndex != null && a.Responses.Any()
                               select new { a.PeriodId, a.UnitId, a.FinalIndex, a.Classification }).ToListAsync();
        var handler = new GetUnitScorecardHandler(fixture.Services.GetRequiredService<IParIndexDbFactory>(),
            new FakeCurrentUser { IsAuthenticated = true, UserId = Guid.CreateVersion7(), Roles = [Roles.Inspector] }, TimeProvider.System);

        Assert.NotEmpty(published);
        foreach (var result in published)
        {
            var card = await handler.HandleAsync(new GetUnitScorecard(result.PeriodId, result.UnitId), CancellationToken.None);

            Assert.NotNull(card.Score);
            Assert.Equal(ScoreRounding.ToPublished(result.FinalIndex!.Value), card.Score.Published);
            Assert.All(card.Score.Losses, loss => Assert.False(string.IsNullOrWhiteSpace(loss.Reason), $"{card.UnitName} {card.Year} {loss.Code} lost {loss.Lost} without a reason"));
        }
    }
}
