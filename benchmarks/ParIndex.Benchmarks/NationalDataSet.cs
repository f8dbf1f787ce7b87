using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Benchmarks;

/// <summary>
/// A production-sized portal in one SQLite file (H5 of the reliability research): 3,355 units in one ranked block — the
/// worst case, every unit in one ranking and one heat map — on a 120-criterion framework; three years decided by the
/// council and published through the real use cases (so results, dashboard digests and the publication chain are
/// what the portal writes), and a fourth year under appraisal with a hundred units assigned to one inspector. Every
/// year holds each unit's 120 responses and 50 evidence records linked to criteria: 1.6 million responses and 670,000
/// evidence rows. Built once (about ten minutes here) and reused; delete the file to rebuild.
/// </summary>
public sealed class NationalDataSet : IDisposable
{
    public const int FirstYear = 2023;
    public const int PublishedYears = 3;
    public const int EvidencePerAssessment = 50;
    public const int InspectorUnits = 100;
    private const int Batch = 150;

    public static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), $"parindex-national-{NationalPeriod.Units}-v2.db");

    private NationalDataSet(ServiceProvider services, BenchmarkUser user)
    {
        Services = services;
        User = user;
    }

    public ServiceProvider Services { get; }

    /// <summary>Who the use cases act for; a benchmark sets the role it measures.</summary>
    public BenchmarkUser User { get; }

    public Guid BlockId { get; private set; }

    public Guid LatestPublishedPeriodId { get; private set; }

    public Guid LivePeriodId { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public Guid InspectorId { get; private set; }

    /// <summary>Five criteria of the framework: what a unit's leader picks to fix in the what-if.</summary>
    public IReadOnlyList<Guid> SomeCriteria { get; private set; } = [];

    public static NationalDataSet Open(TextWriter? log = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
        }).Build();
        var user = new BenchmarkUser();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddApplication()
            .AddInfrastructure(configuration, Path.GetTempPath())
            .AddSingleton<ICurrentUser>(user).BuildServiceProvider();
        var set = new NationalDataSet(services, user);
        var fresh = !File.Exists(DatabasePath);
        services.GetRequiredService<DatabaseInitializer>().MigrateAsync().GetAwaiter().GetResult();
        if (fresh)
        {
            set.BuildAsync(log ?? Console.Out).GetAwaiter().GetResult();
        }

        using var db = services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();
        set.BlockId = db.Blocks.Where(b => b.Code == "QG").Select(b => b.Id).Single();
        set.LatestPublishedPeriodId = db.Periods.Where(p => p.Year == FirstYear + PublishedYears - 1).Select(p => p.Id).Single();
        set.LivePeriodId = db.Periods.Where(p => p.Year == FirstYear + PublishedYears).Select(p => p.Id).Single();
        var unit = db.Units.Where(u => u.BlockId == set.BlockId).OrderBy(u => u.Code).First();
        (set.UnitId, set.UnitCode) = (unit.Id, unit.Code);
        set.SomeCriteria = [.. db.FrameworkNodes.Where(n => n.Level == Domain.Frameworks.NodeLevel.Criterion).OrderBy(n => n.Code).Select(n => n.Id).Take(5)];
        set.InspectorId = db.AppraisalAssignments.Where(a => a.PeriodId == set.LivePeriodId).Select(a => a.InspectorUserId).First();
        return set;
    }

    /// <summary>Builds the data set if needed, then times every read of <see cref="NationalQueryBenchmarks"/> once, cold then warm.</summary>
    public static async Task TimeEachReadOnceAsync(TextWriter log)
    {
        var reads = new NationalQueryBenchmarks();
        reads.Setup();
        try
        {
            foreach (var method in typeof(NationalQueryBenchmarks).GetMethods().Where(m => m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false).Length > 0))
            {
                foreach (var pass in new[] { "cold", "warm" })
                {
                    var watch = Stopwatch.StartNew();
                    await (Task)method.Invoke(reads, null)!;
                    await log.WriteLineAsync($"{method.Name,-28} {pass}: {watch.Elapsed.TotalMilliseconds,8:0.0} ms");
                }
            }
        }
        finally
        {
            reads.Cleanup();
        }
    }

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private async Task BuildAsync(TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var national = new NationalPeriod();
        var block = new Block("QG", "UBND xã, phường (toàn quốc)", null, BlockKind.CommuneWard, isRanked: true, sortOrder: 1);
        var units = Enumerable.Range(0, NationalPeriod.Units).Select(i => new Unit($"X{i:D4}", $"Ủy ban nhân dân xã Phước Thạnh số {i + 1}", block.Id)).ToList();
        var factory = Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.AddRange(block, national.Framework);
            db.AddRange(units);
            await db.SaveChangesAsync();
        }

        for (var y = 0; y <= PublishedYears; y++)
        {
            var year = FirstYear + y;
            var live = y == PublishedYears;
            var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc));
            period.UseFramework(block.Id, national.Framework.Id);
            period.SetBands(null, ClassificationBands.Default);
            var at = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview })
            {
                if (!live || state != PeriodState.CouncilReview)
                {
                    period.MoveTo(state, at);
                }
            }

            await using (var db = await factory.CreateDbContextAsync())
            {
                db.Add(period);
                if (live)
                {
                    db.AddRange(units.Take(InspectorUnits).Select(u => AppraisalAssignment.ForUnit(period.Id, User.InspectorUserId, u.Id)));
                }

                await db.SaveChangesAsync();
            }

            await AssessmentsAsync(factory, national, period, units, live, new Random(year));
            await log.WriteLineAsync($"{year}: {units.Count} assessments, responses and evidence written ({clock.Elapsed.TotalSeconds:0} s)");
            if (!live)
            {
                await DecideAndPublishAsync(period.Id, year, log, clock);
            }
        }
    }

    private async Task AssessmentsAsync(IDbContextFactory<ParIndexDbContext> factory, NationalPeriod national, EvaluationPeriod period, List<Unit> units,
        bool live, Random random)
    {
        var at = new DateTime(period.Year, 1, 20, 0, 0, 0, DateTimeKind.Utc);
        var staff = Guid.NewGuid();
        for (var start = 0; start < units.Count; start += Batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(units.Count, start + Batch); i++)
            {
                // Each year draws another unit's figures, so ranks move between years.
                var figures = (i + (period.Year * 7)) % units.Count;
                var assessment = new Assessment(period.Id, units[i].Id, units[i].BlockId, national.Framework.Id);
                var responses = new List<CriterionResponse>();
                for (var leaf = 0; leaf < national.LeafNodes.Count; leaf++)
                {
                    var points = national.RecordedPoints[figures][leaf];
                    var response = assessment.ResponseFor(national.LeafNodes[leaf].Id);
                    response.RecordSelfAssessment(JsonSerializer.Serialize(national.Inputs[figures][0][leaf]), points[0], null, staff, at);
                    if (!live || random.Next(3) > 0)
                    {
                        response.RecordFinalScore(points[2] ?? points[1]!.Value, points[1] < points[0] ? "Giảm điểm theo hồ sơ kiểm chứng." : null);
                    }

                    responses.Add(response);
                }

                assessment.RecordSelfIndex(national.RecordedPoints[figures].Sum(p => p[0]!.Value) * 100m / national.LeafNodes.Sum(l => l.MaxPoints));
                db.Add(assessment);
                for (var e = 0; e < EvidencePerAssessment; e++)
                {
                    var evidence = Evidence.ForDocument(units[i].Id, period.Id, $"Quyết định số {e + 1} về cải cách hành chính", $"{e + 1}/QĐ-UBND",
                        new DateOnly(period.Year, 1 + (e % 12), 1 + (e % 28)), "UBND xã", null, staff, at);
                    db.Add(evidence);
                    db.Add(new CriterionEvidence(responses[e * 2 % responses.Count].Id, evidence.Id));
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }

    private async Task DecideAndPublishAsync(Guid periodId, int year, TextWriter log, Stopwatch clock)
    {
        var decided = new DateOnly(year + 1, 3, 1);
        var approval = Stopwatch.StartNew();
        await using (var scope = Services.CreateAsyncScope())
        {
            User.Act(Roles.CouncilMember);
            await scope.ServiceProvider.GetRequiredService<ApproveResultsHandler>().HandleAsync(new ApproveResults(periodId, decided, $"{year}/NQ-HĐTĐ",
                decided, 9, 7, null, await StampAsync(periodId)), CancellationToken.None);
        }

        var approved = approval.Elapsed;
        var publication = Stopwatch.StartNew();
        await using (var scope = Services.CreateAsyncScope())
        {
            User.Act(Roles.Administrator);
            await scope.ServiceProvider.GetRequiredService<PublishResultsHandler>().HandleAsync(new PublishResults(periodId, $"{year}/QĐ-UBND", decided,
                "Chủ tịch UBND tỉnh", null, await StampAsync(periodId)), CancellationToken.None);
        }

        await log.WriteLineAsync($"{year}: council approval {approved.TotalSeconds:0.0} s, publication {publication.Elapsed.TotalSeconds:0.0} s ({clock.Elapsed.TotalSeconds:0} s)");
    }

    private async Task<Guid> StampAsync(Guid periodId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
        return await db.Periods.Where(p => p.Id == periodId).Select(p => p.ConcurrencyStamp).SingleAsync();
    }
}
