using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Periods;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Periods;

public sealed class PeriodSettingsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static readonly BandItem[] Narrower =
    [
        new(Classification.Excellent, 93m), new(Classification.Good, 85m), new(Classification.Fair, 70m),
        new(Classification.Average, 50m), new(Classification.Weak, 0m),
    ];

    [Fact]
    public async Task SetBands_DraftPeriodOneBlock_StoresThemForThatBlockOnlyAndAudits()
    {
        var block = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var period = await SeedPeriodAsync(2071);

        await app.Handler<SetPeriodBandsHandler>(Roles.Administrator)
            .HandleAsync(new SetPeriodBands(period.Id, block.Id, Narrower, period.ConcurrencyStamp), Ct);

        var settings = (await app.Handler<ListPeriodsHandler>(Roles.Leader).HandleAsync(new ListPeriods(), Ct)).Single(p => p.Id == period.Id);
        var mine = settings.Blocks.Single(b => b.BlockId == block.Id);
        Assert.True(mine.OwnBands);
        Assert.Equal(93m, mine.Bands.Single(b => b.Classification == Classification.Excellent).LowerBound);
        Assert.All(settings.Blocks.Where(b => b.BlockId != block.Id), b => Assert.Equal(90m, b.Bands[0].LowerBound));
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "period.bandsSet" && a.EntityId == period.Id.ToString()));
    }

    [Fact]
    public async Task SetBands_PublishedPeriod_IsRefusedAndKeepsThePublishedBands()
    {
        var period = await SeedPeriodAsync(2072, PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
            PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<SetPeriodBandsHandler>(Roles.Administrator)
            .HandleAsync(new SetPeriodBands(period.Id, null, Narrower, period.ConcurrencyStamp), Ct));

        Assert.Contains(error.Errors, e => e.ErrorMessage.Contains("đã được phê duyệt hoặc công bố", StringComparison.Ordinal));
        await using var db = app.NewDbContext();
        var stored = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == period.Id);
        Assert.Equal(90m, stored.Bands.Single(b => b.Classification == Classification.Excellent).LowerBound);
    }

    [Fact]
    public async Task SetBands_OverlappingOrNotFromZero_ReportsBothInVietnamese()
    {
        var period = await SeedPeriodAsync(2073);
        BandItem[] bad = [new(Classification.Excellent, 80m), new(Classification.Good, 85m), new(Classification.Fair, 70m), new(Classification.Average, 50m), new(Classification.Weak, 10m)];

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<SetPeriodBandsHandler>(Roles.Administrator)
            .HandleAsync(new SetPeriodBands(period.Id, null, bad, period.ConcurrencyStamp), Ct));

        Assert.Contains(error.Errors, e => e.ErrorMessage == "Ngưỡng của mức cao hơn phải lớn hơn ngưỡng của mức thấp hơn.");
        Assert.Contains(error.Errors, e => e.ErrorMessage.StartsWith("Mức yếu phải bắt đầu từ 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetBands_Inspector_IsRefused()
    {
        var period = await SeedPeriodAsync(2074);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<SetPeriodBandsHandler>(Roles.Inspector)
            .HandleAsync(new SetPeriodBands(period.Id, null, Narrower, period.ConcurrencyStamp), Ct));
    }

    [Fact]
    public async Task AssignFramework_DraftPeriodMatchingKind_IsUsedAndACopyCarriesItToNextYear()
    {
        var block = await app.SeedBlockAsync(BlockKind.Department);
        var period = await SeedPeriodAsync(2075);
        var framework = await SeedFrameworkAsync(BlockKind.Department);

        await app.Handler<AssignFrameworkHandler>(Roles.Administrator)
            .HandleAsync(new AssignFramework(period.Id, block.Id, framework.Id, period.ConcurrencyStamp), Ct);
        var next = await app.Handler<CreatePeriodHandler>(Roles.Administrator).HandleAsync(new CreatePeriod(
            2076, "Kỳ 2076", new DateTime(2076, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2076, 12, 1, 0, 0, 0, DateTimeKind.Utc), period.Id), Ct);

        await using var db = app.NewDbContext();
        var copied = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == next);
        Assert.Equal(PeriodState.Draft, copied.State);
        Assert.Equal(framework.Id, Assert.Single(copied.Frameworks).FrameworkId);
        Assert.Equal(5, copied.Bands.Count);
    }

    [Fact]
    public async Task AssignFramework_OpenPeriodOrOtherKind_IsRefused()
    {
        var block = await app.SeedBlockAsync(BlockKind.Department);
        var open = await SeedPeriodAsync(2077, PeriodState.SelfAssessmentOpen);
        var draft = await SeedPeriodAsync(2078);
        var right = await SeedFrameworkAsync(BlockKind.Department);
        var wrong = await SeedFrameworkAsync(BlockKind.CommuneWard);
        var handler = app.Handler<AssignFrameworkHandler>(Roles.Administrator);

        var frozen = await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(new AssignFramework(open.Id, block.Id, right.Id, open.ConcurrencyStamp), Ct));
        var kind = await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(new AssignFramework(draft.Id, block.Id, wrong.Id, draft.ConcurrencyStamp), Ct));

        Assert.Contains("bản nháp", frozen.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("Bộ chỉ số này dành cho loại khối khác.", kind.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task SetTieBreak_OpenPeriodThenPublishedOne_IsStoredThenRefused()
    {
        var open = await SeedPeriodAsync(2079, PeriodState.SelfAssessmentOpen);
        var published = await SeedPeriodAsync(2080, PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
            PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published);
        var handler = app.Handler<SetPeriodTieBreakHandler>(Roles.Administrator);

        await handler.HandleAsync(new SetPeriodTieBreak(open.Id, "A3", open.ConcurrencyStamp), Ct);
        await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(new SetPeriodTieBreak(published.Id, "A3", published.ConcurrencyStamp), Ct));

        var periods = await app.Handler<ListPeriodsHandler>(Roles.Inspector).HandleAsync(new ListPeriods(), Ct);
        Assert.Equal("A3", periods.Single(p => p.Id == open.Id).TieBreakDomainCode);
        Assert.Null(periods.Single(p => p.Id == published.Id).TieBreakDomainCode);
    }

    private async Task<EvaluationPeriod> SeedPeriodAsync(int year, params PeriodState[] path)
    {
        // Years far from the demo's keep these periods apart from other tests' data.
        var opens = new DateTime(year, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        var period = new EvaluationPeriod(year, $"Kỳ {year}", opens, opens.AddMonths(2));
        period.SetBands(null, ClassificationBands.Default);
        foreach (var state in path)
        {
            period.MoveTo(state, opens.AddMonths(3));
        }

        await using var db = app.NewDbContext();
        db.Periods.Add(period);
        await db.SaveChangesAsync();
        return period;
    }

    private async Task<Framework> SeedFrameworkAsync(BlockKind kind)
    {
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số", kind, 1, "Thử", isIllustrative: true);
        var domain = framework.AddNode(null, NodeLevel.Domain, "D1", "Lĩnh vực", 100m);
        framework.AddNode(domain, NodeLevel.Criterion, "D1.1", "Tiêu chí", 100m);
        await using var db = app.NewDbContext();
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync();
        return framework;
    }
}
