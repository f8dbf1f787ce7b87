using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Operations;

/// <summary>
/// One-off data steps at start-up: run once, recorded with the time, skipped by later starts (no work), run again only
/// where the record is missing — and harmless when run again.
/// </summary>
public sealed class DataStepsTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Backfill = "AssessmentBlockBackfill";

    [Fact]
    public async Task AssessmentBlockBackfill_IsRecordedAtTheFirstStart_LaterStartsDoNothing_AndAMissingRecordRunsItAgainOnce()
    {
        await using (var db = app.NewDbContext())
        {
            var recorded = await db.DataSteps.AsNoTracking().SingleAsync();
            Assert.Equal((Backfill, app.Clock.GetUtcNow().UtcDateTime), (recorded.Name, recorded.DoneAtUtc));
        }

        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id);
        var assessmentId = await AssessmentWrittenBeforeTheBlockColumnAsync(unit.Id, block.Id);

        // The step is recorded, so this start does not even look at the row.
        await StartAsync();
        Assert.Equal(Guid.Empty, await BlockOfAsync(assessmentId));

        // A database whose record is missing (it came from before the step): the next start fills the row and records it.
        await ForgetTheStepAsync();
        await StartAsync();
        Assert.Equal(block.Id, await BlockOfAsync(assessmentId));
        await using (var db = app.NewDbContext())
        {
            Assert.Equal([Backfill], await db.DataSteps.AsNoTracking().Select(s => s.Name).ToListAsync());
        }

        // Run again over rows already filled (a start stopped before its record was written): nothing changes.
        await ForgetTheStepAsync();
        await StartAsync();
        Assert.Equal(block.Id, await BlockOfAsync(assessmentId));
    }

    private Task StartAsync() => app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();

    private async Task ForgetTheStepAsync()
    {
        await using var db = app.NewDbContext();
        await db.DataSteps.Where(s => s.Name == Backfill).ExecuteDeleteAsync();
    }

    private async Task<Guid> BlockOfAsync(Guid assessmentId)
    {
        await using var db = app.NewDbContext();
        return await db.Assessments.IgnoreQueryFilters().Where(a => a.Id == assessmentId).Select(a => a.BlockId).SingleAsync();
    }

    private async Task<Guid> AssessmentWrittenBeforeTheBlockColumnAsync(Guid unitId, Guid blockId)
    {
        await using var db = app.NewDbContext();
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số xã", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        var period = new EvaluationPeriod(2081, "Năm 2081", new DateTime(2081, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2081, 11, 30, 10, 0, 0, DateTimeKind.Utc));
        var assessment = new Assessment(period.Id, unitId, blockId, framework.Id);
        db.AddRange(framework, period, assessment);
        await db.SaveChangesAsync();
        // The generated migration added the column empty on every existing row.
        await db.Assessments.IgnoreQueryFilters().Where(a => a.Id == assessment.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BlockId, Guid.Empty));
        return assessment.Id;
    }
}
