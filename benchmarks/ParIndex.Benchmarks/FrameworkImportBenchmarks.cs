using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Frameworks;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure;

namespace ParIndex.Benchmarks;

/// <summary>Reading a 200-criterion framework workbook (8 domains × 25 criteria) as an import does, checks included.</summary>
[MemoryDiagnoser]
public class FrameworkImportBenchmarks
{
    private IFrameworkWorkbook _workbook = null!;
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = "Data Source=benchmark.db",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration, Path.GetTempPath()).BuildServiceProvider();
        _workbook = services.GetRequiredService<IFrameworkWorkbook>();

        var framework = new Framework("B200", "Bộ chỉ số 200 tiêu chí", BlockKind.Department, 1, "Benchmark", isIllustrative: true);
        for (var d = 0; d < 8; d++)
        {
            var domain = framework.AddNode(null, NodeLevel.Domain, $"D{d + 1}", $"Lĩnh vực {d + 1}: cải cách hành chính", 12.5m);
            for (var c = 0; c < 25; c++)
            {
                var leaf = framework.AddNode(domain, NodeLevel.Criterion, $"D{d + 1}.{c + 1}", $"Tiêu chí {c + 1} về thủ tục hành chính và chất lượng phục vụ", 0.5m);
                leaf.SetRule(AssessmentMethod.SelfAssessed, RuleType.PercentTiers, """{"tiers":[{"min":98,"points":0.5},{"min":95,"points":0.25}]}""", WhenNothingToCount.FullPoints);
                leaf.Describe("Criterion", "≥ 98%: 0,5 điểm; 95–<98%: 0,25 điểm; dưới 95%: 0 điểm.", "Số liệu hệ thống một cửa");
            }
        }

        _file = _workbook.Write(FrameworkDocument.From(framework));
    }

    [Benchmark(Description = "Import a 200-criterion framework workbook (read, validate, build, check)")]
    public int ImportTwoHundredCriteria()
    {
        var read = _workbook.Read(new MemoryStream(_file));
        var framework = read.Framework!.ToFramework();
        return FrameworkChecks.Check(framework).Count + framework.Nodes.Count;
    }
}
