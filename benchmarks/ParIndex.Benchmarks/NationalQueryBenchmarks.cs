using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Improvement;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Benchmarks;

/// <summary>
/// The reads users wait for, on the production-sized <see cref="NationalDataSet"/> (issues 7 and 8, H5 budget: p95
/// under 500 ms; dashboards under 300 ms): each through the use case its page calls, so the figure is the server's
/// whole work for the page's data. "First view" variants use a fresh digest cache, as a server just started would.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class NationalQueryBenchmarks
{
    private NationalDataSet _set = null!;

    [GlobalSetup]
    public void Setup() => _set = NationalDataSet.Open();

    [GlobalCleanup]
    public void Cleanup() => _set.Dispose();

    [Benchmark(Description = "Province dashboard, first view on a server")]
    public async Task<int> ProvinceDashboardFirstView()
    {
        _set.User.Act(Roles.Leader);
        await using var scope = _set.Services.CreateAsyncScope();
        var handler = new GetProvinceDashboardHandler(scope.ServiceProvider.GetRequiredService<IParIndexDbFactory>(), _set.User, TimeProvider.System,
            new BlockDigestCache());
        return (await handler.HandleAsync(new GetProvinceDashboard(_set.LatestPublishedPeriodId, _set.BlockId), CancellationToken.None)).HeatMap.Rows.Count;
    }

    [Benchmark(Description = "Province dashboard")]
    public async Task<int> ProvinceDashboard() =>
        (await Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(_set.LatestPublishedPeriodId, _set.BlockId),
            CancellationToken.None)).HeatMap.Rows.Count;

    [Benchmark(Description = "Unit dashboard, first view on a server")]
    public async Task<int> UnitDashboardFirstView()
    {
        _set.User.Act(Roles.Leader);
        await using var scope = _set.Services.CreateAsyncScope();
        var handler = new GetUnitDashboardHandler(scope.ServiceProvider.GetRequiredService<IParIndexDbFactory>(), _set.User, TimeProvider.System,
            new BlockDigestCache());
        return (await handler.HandleAsync(new GetUnitDashboard(_set.UnitId), CancellationToken.None)).Domains.Count;
    }

    [Benchmark(Description = "Unit dashboard")]
    public async Task<int> UnitDashboard() =>
        (await Handler<GetUnitDashboardHandler>(Roles.Leader).HandleAsync(new GetUnitDashboard(_set.UnitId), CancellationToken.None)).Domains.Count;

    [Benchmark(Description = "Block ranking (results page)")]
    public async Task<int> Ranking() =>
        (await Handler<GetBlockRankingHandler>(Roles.Leader).HandleAsync(new GetBlockRanking(_set.LatestPublishedPeriodId, _set.BlockId),
            CancellationToken.None)).Rows.Count;

    [Benchmark(Description = "Public results of the newest year (anonymous)")]
    public async Task<int> PublicResults() =>
        (await Handler<GetPublicResultsHandler>(null).HandleAsync(new GetPublicResults(), CancellationToken.None)).Selected!.Blocks.Count;

    [Benchmark(Description = "Public unit page with its history (anonymous)")]
    public async Task<int> UnitHistory() =>
        (await Handler<GetPublicUnitHandler>(null).HandleAsync(new GetPublicUnit(NationalDataSet.FirstYear + NationalDataSet.PublishedYears - 1, _set.UnitCode),
            CancellationToken.None)).History.Count;

    [Benchmark(Description = "Unit scorecard (120 criteria, reasons)")]
    public async Task<int> Scorecard() =>
        (await Handler<GetUnitScorecardHandler>(Roles.Leader).HandleAsync(new GetUnitScorecard(_set.LatestPublishedPeriodId, _set.UnitId),
            CancellationToken.None)).Score!.Lines.Count;

    [Benchmark(Description = "Inspector's queue (100 units assigned)")]
    public async Task<int> InspectorQueue() =>
        (await Handler<GetAppraisalQueueHandler>(Roles.Inspector).HandleAsync(new GetAppraisalQueue(_set.LivePeriodId), CancellationToken.None)).Rows.Count;

    [Benchmark(Description = "Improvement plans across the block (leaders, inspectors)")]
    public async Task<int> ImprovementOverview() =>
        (await Handler<GetImprovementOverviewHandler>(Roles.Leader).HandleAsync(new GetImprovementOverview(_set.LatestPublishedPeriodId, _set.BlockId),
            CancellationToken.None)).Rows.Count;

    [Benchmark(Description = "A unit's improvement plan (its lost points)")]
    public async Task<int> ImprovementPlan()
    {
        _set.User.Act(Roles.AgencyLeader, _set.UnitId);
        await using var scope = _set.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<GetImprovementPlanHandler>()
            .HandleAsync(new GetImprovementPlan(_set.UnitId, _set.LatestPublishedPeriodId), CancellationToken.None)).Losses.Count;
    }

    [Benchmark(Description = "What-if: five criteria fixed, projected index, class and rank")]
    public async Task<int?> WhatIf()
    {
        _set.User.Act(Roles.AgencyLeader, _set.UnitId);
        await using var scope = _set.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WhatIfImprovementHandler>()
            .HandleAsync(new WhatIfImprovement(_set.LatestPublishedPeriodId, _set.UnitId, _set.SomeCriteria), CancellationToken.None)).Projected.Rank;
    }

    [Benchmark(Description = "Home Affairs' queue (every unit of the period)")]
    public async Task<int> AdministratorQueue() =>
        (await Handler<GetAppraisalQueueHandler>(Roles.Administrator).HandleAsync(new GetAppraisalQueue(_set.LivePeriodId), CancellationToken.None)).Rows.Count;

    [Benchmark(Description = "A unit's self-assessment form")]
    public async Task<int> SelfAssessmentForm()
    {
        _set.User.Act(Roles.AgencyStaff, _set.UnitId);
        await using var scope = _set.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<GetSelfAssessmentHandler>()
            .HandleAsync(new GetSelfAssessment(_set.LivePeriodId, _set.UnitId), CancellationToken.None)).Criteria.Count();
    }

    private T Handler<T>(string? role)
        where T : notnull
    {
        if (role is not null)
        {
            _set.User.Act(role);
        }

        // Handlers open their own database context per call; the scope only resolves them.
        return _set.Services.CreateScope().ServiceProvider.GetRequiredService<T>();
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95, StatisticColumn.Max);
    }
}
