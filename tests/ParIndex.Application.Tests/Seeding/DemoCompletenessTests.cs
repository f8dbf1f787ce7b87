using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Periods;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Seeding;

/// <summary>The demo's decided years satisfy the rules a province's approval must: survey results present, every criterion appraised.</summary>
public sealed class DemoCompletenessTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task EveryApprovedDemoYear_HasNothingThatWouldRefuseTheCouncilsApproval()
    {
        await using var db = fixture.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();
        var decided = await db.Periods.Where(p => p.State == PeriodState.Published && db.Assessments.Any(a => a.PeriodId == p.Id && a.Responses.Any()))
            .Select(p => p.Id).ToListAsync();
        var handler = new GetPeriodCompletenessHandler(fixture.Services.GetRequiredService<IParIndexDbFactory>(),
            new FakeCurrentUser { IsAuthenticated = true, UserId = Guid.CreateVersion7(), Roles = [Roles.CouncilMember] }, TimeProvider.System);

        Assert.NotEmpty(decided);
        foreach (var periodId in decided)
        {
            var gaps = await handler.HandleAsync(new GetPeriodCompleteness(periodId), CancellationToken.None);
            Assert.Null(gaps.Refusal);
            Assert.Empty(gaps.MissingSurvey);
            Assert.Empty(gaps.NotSubmitted);
        }
    }
}
