using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
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
/// The dashboards' server work on a national-scale SQLite database (issue 7): 3,355 units in one block, three
/// published years, the latest with every unit's 120 criterion scores (402,600 responses). The database is built once
/// into the temp folder and reused by later runs.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), "parindex-bench-dashboards-v1.db");
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
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System);
        services.AddApplication();
        services.AddInfrastructure(configuration, Path.GetTempPath());
        services.AddSingleton<ICurrentUser>(new BenchmarkLeader());
        _services = services.BuildServiceProvider();
        if (!File.Exists(DatabasePath))
        {
            BuildAsync().GetAwaiter().GetResult();
        }

        using var db = _services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();
        _periodId = db.Periods.OrderByDescending(p => p.Year).Select(p => p.Id).First();
        _blockId = db.Blocks.Select(b => b.Id).First();
        _unitId = db.Units.OrderBy(u => u.Code).Select(u => u.Id).First();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Province dashboard (ranking + history, classes, heat map, top lost, accuracy, live)")]
    public async Task<int> Province()
    {
        using var scope = _services.CreateScope();
        var dashboard = await scope.ServiceProvider.GetRequiredService<GetProvinceDashboardHandler>()
            .HandleAsync(new GetProvinceDashboard(_periodId, _blockId), CancellationToken.None);
        return dashboard.Ranking.Count;
    }

    [Benchmark(Description = "Unit dashboard (trend vs block average, domains vs block)")]
    public async Task<int> Unit()
    {
        using var scope = _services.CreateScope();
        var dashboard = await scope.ServiceProvider.GetRequiredService<GetUnitDashboardHandler>()
            .HandleAsync(new GetUnitDashboard(_unitId), CancellationToken.None);
        return dashboard.Trend.Count;
    }

    private async Task BuildAsync()
    {
        await _services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var national = new NationalPeriod();
        var block = new Block("XA", "UBND xã, phường", null, BlockKind.CommuneWard, isRanked: true, sortOrder: 1);
        var units = Enumerable.Range(0, NationalPeriod.Units).Select(i => new Unit($"X{i:D4}", $"UBND xã số {i + 1}", block.Id)).ToList();
        await using (var db = await _services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync())
        {
            db.AddRange(block, national.Framework);
            db.AddRange(units);
            await db.SaveChangesAsync();
        }

        var random = new Random(7);
        for (var y = 0; y < 3; y++)
        {
            var year = 2023 + y;
            var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 12, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 15, 0, 0, 0, DateTimeKind.Utc));
            period.MoveTo(PeriodState.SelfAssessmentOpen, new DateTime(year, 12, 1, 0, 0, 0, DateTimeKind.Utc));
            var at = new DateTime(year + 1, 1, 2, 0, 0, 0, DateTimeKind.Utc);
            var assessments = new List<(Assessment Assessment, decimal Index)>();
            for (var u = 0; u < units.Count; u++)
            {
                var assessment = new Assessment(period.Id, units[u].Id, national.Framework.Id);
                decimal total = 0m;
                if (y == 2)
                {
                    for (var l = 0; l < national.LeafNodes.Count; l++)
                    {
                        var points = national.RecordedPoints[u][l][1]!.Value;
                        assessment.Respond(period, national.LeafNodes[l].Id, at).RecordFinalScore(points, points < national.LeafNodes[l].MaxPoints ? "Thiếu tài liệu kiểm chứng." : null);
                        total += points;
                    }
                }
                else
                {
                    total = 60m + (decimal)(random.NextDouble() * 38);
                }

                assessments.Add((assessment, Math.Min(total, 100m)));
            }

            foreach (var state in new[] { PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published })
            {
                period.MoveTo(state, at);
            }

            var ranks = Ranking.Rank(assessments.Select(a => (a.Assessment.Id, a.Index)));
            foreach (var (assessment, index) in assessments)
            {
                assessment.RecordSelfIndex(Math.Min(index + 2m, 100m));
                assessment.RecordResult(index, index >= 90 ? Classification.Excellent : index >= 80 ? Classification.Good : Classification.Fair, ranks[assessment.Id], ResultSource.Computed);
            }

            await using var db = await _services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Add(period);
            db.AddRange(assessments.Select(a => a.Assessment));
            await db.SaveChangesAsync();
        }
    }

    private sealed class BenchmarkLeader : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.NewGuid();

        public string? UserName => "lanhdao";

        public Guid? UnitId => null;

        public IReadOnlyCollection<string> Roles { get; } = [ParIndex.Application.Common.Roles.Leader];

        public string? IpAddress => null;
    }
}
