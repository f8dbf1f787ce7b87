using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Benchmarks;

/// <summary>
/// The leaders' dashboards (issue 7) read from a SQLite file holding a national-scale province: 3,355 units in one
/// ranked block (the worst case: every unit in the ranking, the heat map and the block averages), three published
/// years, the newest with every unit's 120 decided criteria (402,600 response rows), and a year under way. The file
/// is built once and reused by later runs (delete it to rebuild).
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private const int FirstYear = 2023;
    private static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), $"parindex-dashboards-{NationalPeriod.Units}.db");
    private ServiceProvider _services = null!;
    private Guid _periodId;
    private Guid _blockId;
    private Guid _unitId;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddApplication()
            .AddInfrastructure(configuration, Path.GetTempPath())
            .AddSingleton<ICurrentUser>(new ProvinceLeader()).BuildServiceProvider();
        var fresh = !File.Exists(DatabasePath);
        _services.GetRequiredService<DatabaseInitializer>().MigrateAsync().GetAwaiter().GetResult();
        if (fresh)
        {
            SeedAsync().GetAwaiter().GetResult();
        }

        using var db = _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ParIndexDbContext>>().CreateDbContext();
        _periodId = db.Periods.Where(p => p.Year == FirstYear + 2).Select(p => p.Id).Single();
        _blockId = db.Blocks.Where(b => b.Code == "QG").Select(b => b.Id).Single();
        _unitId = db.Units.Where(u => u.BlockId == _blockId).OrderBy(u => u.Code).Select(u => u.Id).First();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [Benchmark(Description = "Province dashboard (ranking, classes, heat map, lost criteria, accuracy, live)")]
    public async Task<int> Province()
    {
        await using var scope = _services.CreateAsyncScope();
        var d = await scope.ServiceProvider.GetRequiredService<GetProvinceDashboardHandler>()
            .HandleAsync(new GetProvinceDashboard(_periodId, _blockId), CancellationToken.None);
        return d.HeatMap.Rows.Count;
    }

    [Benchmark(Description = "Unit dashboard (trend and domains vs block average)")]
    public async Task<int> Unit()
    {
        await using var scope = _services.CreateAsyncScope();
        var d = await scope.ServiceProvider.GetRequiredService<GetUnitDashboardHandler>()
            .HandleAsync(new GetUnitDashboard(_unitId), CancellationToken.None);
        return d.Domains.Count;
    }

    private async Task SeedAsync()
    {
        var national = new NationalPeriod();
        var random = new Random(7);
        var block = new Block("QG", "UBND xã, phường (toàn quốc)", null, BlockKind.CommuneWard, isRanked: true, sortOrder: 1);
        var units = Enumerable.Range(0, NationalPeriod.Units).Select(i => new Unit($"X{i:D4}", $"Ủy ban nhân dân xã Phước Thạnh số {i + 1}", block.Id)).ToList();
        var factory = _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ParIndexDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.AddRange(block, national.Framework);
            db.AddRange(units);
            await db.SaveChangesAsync();
        }

        for (var year = FirstYear; year <= FirstYear + 2; year++)
        {
            var period = Published(year);
            var indexes = units.Select(_ => Math.Round(60m + ((decimal)random.NextDouble() * 38m), 2)).ToList();
            var ranks = indexes.Select((index, i) => (index, i)).OrderByDescending(x => x.index).Select((x, rank) => (x.i, rank: rank + 1))
                .ToDictionary(x => x.i, x => x.rank);
            await using var db = await factory.CreateDbContextAsync();
            db.Add(period);
            for (var i = 0; i < units.Count; i++)
            {
                var assessment = new Assessment(period.Id, units[i].Id, national.Framework.Id);
                assessment.RecordSelfIndex(Math.Min(100m, indexes[i] + random.Next(0, 8)));
                assessment.RecordResult(indexes[i], indexes[i] >= 90m ? Classification.Excellent : indexes[i] >= 80m ? Classification.Good : Classification.Fair,
                    ranks[i], ResultSource.Computed);
                if (year == FirstYear + 2)
                {
                    for (var leaf = 0; leaf < national.LeafNodes.Count; leaf++)
                    {
                        assessment.ResponseFor(national.LeafNodes[leaf].Id).RecordFinalScore(national.RecordedPoints[i][leaf][1]!.Value, null);
                    }
                }

                db.Add(assessment);
            }

            await db.SaveChangesAsync();
        }

        var now = DateTime.UtcNow;
        var live = new EvaluationPeriod(FirstYear + 3, $"Năm {FirstYear + 3}", now.AddDays(-30), now.AddDays(-1));
        live.MoveTo(PeriodState.SelfAssessmentOpen, now.AddDays(-30));
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Add(live);
            db.AddRange(units.Select(u => new Assessment(live.Id, u.Id, national.Framework.Id)));
            await db.SaveChangesAsync();
        }
    }

    private static EvaluationPeriod Published(int year)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
                     PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published })
        {
            period.MoveTo(state, new DateTime(year + 1, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        return period;
    }

    /// <summary>The province's leader: sees every unit and the year under way.</summary>
    private sealed class ProvinceLeader : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.NewGuid();

        public string? UserName => "lanhdao";

        public Guid? UnitId => null;

        public IReadOnlyCollection<string> Roles => [Application.Common.Roles.Leader];

        public string? IpAddress => null;
    }
}
