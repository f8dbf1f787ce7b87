using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Infrastructure.Persistence.Seeding;

namespace ParIndex.Application.Tests.Seeding;

/// <summary>
/// The demo with <c>Demo:Stage=Appraisal</c>: the current year is past its deadline and in round 1 of appraisal; two units
/// (a department and a commune) missed the deadline, and the Justice department holds domain A2 as lead agency.
/// </summary>
public sealed class DemoAppraisalStageTests : IAsyncLifetime
{
    private readonly SeededDatabaseFixture _fixture = new(Environments.Development, DemoStage.Appraisal);

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task CurrentYear_IsInRoundOne_WithEveryUnitSubmittedButTheLateOnes_AndInspectorsAssigned()
    {
        await using var db = _fixture.CreateDb();
        var period = await db.Periods.OrderByDescending(p => p.Year).FirstAsync();
        Assert.Equal(PeriodState.AppraisalRound1, period.State);
        Assert.True(period.SelfAssessmentDeadlineUtc < SeededDatabaseFixture.Now.UtcDateTime);

        var assessments = await db.Assessments.Where(a => a.PeriodId == period.Id).ToListAsync();
        Assert.All(assessments, a => Assert.Equal(AssessmentState.UnderAppraisal, a.State));
        Assert.Equal(2, assessments.Count(a => a.SubmittedAtUtc is null));
        Assert.All(assessments.Where(a => a.SubmittedAtUtc is not null), a => Assert.True(a.SubmittedAtUtc < period.SelfAssessmentDeadlineUtc));

        var assignments = await db.AppraisalAssignments.Where(a => a.PeriodId == period.Id).ToListAsync();
        Assert.Equal(assessments.Count, assignments.Count(a => a.UnitId is not null));
        var leadAgency = Assert.Single(assignments, a => a.DomainNodeId is not null);
        Assert.Equal("A2", (await db.FrameworkNodes.SingleAsync(n => n.Id == leadAgency.DomainNodeId)).Code);
    }
}
