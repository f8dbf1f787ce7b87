using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Exports;
using ParIndex.Application.Publication;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Infrastructure;

namespace ParIndex.Benchmarks;

/// <summary>
/// Rendering the published results (issue 6): the ranking annex PDF for a province (300 units) and for the country
/// (3,355), one unit's scorecard PDF, and the Excel results with every unit's 120 criteria. The data is built in
/// memory, so these measure the writers, not the database reads before them.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Criteria = 120;
    private ServiceProvider _services = null!;
    private IPdfReports _pdf = null!;
    private IResultsWorkbook _workbook = null!;
    private RankingAnnexReport _annex = null!;
    private ScorecardReport _scorecard = null!;
    private ResultsWorkbookContent _results = null!;

    [Params(300, 3355)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = "Data Source=:memory:",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddInfrastructure(configuration, Path.GetTempPath()).BuildServiceProvider();
        _pdf = _services.GetRequiredService<IPdfReports>();
        _workbook = _services.GetRequiredService<IResultsWorkbook>();

        var random = new Random(2026);
        var now = new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);
        var stamp = new PublicationStamp(Guid.CreateVersion7(), 1, "405/QĐ-UBND", new DateOnly(2026, 3, 10), "Chủ tịch UBND tỉnh", now,
            Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), "/public/verify/x");
        var issue = ReportIssue.Of(stamp, "https://cchc.tinh.gov.vn", now);
        var departments = Block("Sở, ban, ngành", Units / 10, random);
        var communes = Block("UBND xã, phường", Units - (Units / 10), random);
        _annex = new RankingAnnexReport(2025, "Chỉ số CCHC năm 2025", issue, [departments, communes]);

        var lines = Enumerable.Range(0, Criteria).Select(i => Line(i, random)).ToList();
        var domains = lines.GroupBy(l => l.DomainCode)
            .Select(g => new DomainScore(Guid.NewGuid(), g.Key, $"Lĩnh vực {g.Key}", g.Sum(l => l.Points), g.Sum(l => l.MaxPoints))).ToList();
        var achieved = lines.Sum(l => l.Points);
        var score = new AssessmentScore(achieved, 100m, 0m, 0m, achieved, achieved, domains, lines);
        var card = new UnitScorecard(Guid.NewGuid(), 2025, "Chỉ số CCHC năm 2025", true, Guid.NewGuid(), "Ủy ban nhân dân xã Phước Thạnh",
            "UBND xã, phường", "Bộ chỉ số cấp xã", achieved, Classification.Good, 12, score);
        _scorecard = new ScorecardReport(card, [.. lines.Select(l => new ScorecardLine(l, l.MaxPoints))], new PreviousResult(2024, 84.2m, 15), issue);

        var criteria = lines.Select(l => new CriterionScoreLine(l.DomainCode, l.Code, l.Title, RuleType.PercentTiers, l.MaxPoints, l.MaxPoints, l.Points,
            l.Lost, false, l.Reason, null)).ToList();
        var units = _annex.Blocks.SelectMany(b => b.Rows.Select(r => new UnitCriteria(r.Code, r.Name, b.BlockName, criteria))).ToList();
        _results = new ResultsWorkbookContent(new ExportHeader(Guid.NewGuid(), 2025, "Chỉ số CCHC năm 2025", stamp, now), _annex.Blocks, units);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Ranking annex PDF")]
    public int RankingAnnex() => _pdf.RankingAnnex(_annex).Length;

    [Benchmark(Description = "Unit scorecard PDF (120 criteria)")]
    public int Scorecard() => _pdf.Scorecard(_scorecard).Length;

    [Benchmark(Description = "Excel results (block sheets + 120 criteria per unit)")]
    public int ResultsWorkbook() => _workbook.Write(_results).Length;

    private static BlockRanking Block(string name, int count, Random random)
    {
        var indexes = Enumerable.Range(0, count).Select(_ => Math.Round(60m + (decimal)random.NextDouble() * 38m, 2)).OrderDescending().ToList();
        var rows = indexes.Select((index, i) => new RankingRow(Guid.NewGuid(), $"U{i:D4}", $"Ủy ban nhân dân xã Phước Thạnh số {i + 1}", index,
            index >= 90m ? Classification.Excellent : index >= 80m ? Classification.Good : Classification.Fair, i + 1,
            index - 1.5m, i + 2, [])).ToList();
        return new BlockRanking(Guid.NewGuid(), 2025, "Chỉ số CCHC năm 2025", Guid.NewGuid(), name, true, 2024, rows);
    }

    // A rate rule's explanation, as the scorecard's lines carry it: worded when the document is written.
    private static readonly RuleText Explanation = new("outcome.percentTiers", new RuleText("outcome.percent", 96.5m), new RuleText("outcome.tierReached", 95m), 1m, 1m);

    private static LeafLine Line(int i, Random random)
    {
        var max = 100m / Criteria;
        var points = random.Next(4) == 0 ? Math.Round(max * (decimal)random.NextDouble(), 2) : max;
        return new LeafLine(Guid.NewGuid(), $"D{(i / 15) + 1}.{(i % 15) + 1}", $"Tỷ lệ hồ sơ giải quyết đúng hạn, tiêu chí số {i + 1}", $"D{(i / 15) + 1}",
            max, points, false, Explanation, points < max ? "Chưa có tài liệu kiểm chứng đầy đủ theo yêu cầu." : null);
    }
}
