using BenchmarkDotNet.Running;
using ParIndex.Benchmarks;

// dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- --filter '*'   (docs/performance.md)
// dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- national        builds the national data set, times each read once
// dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- setup-import  imports 3,355 units and 10,000 accounts once
if (args is ["setup-import"])
{
    await SetupImportBenchmark.RunAsync(Console.Out);
    return;
}

if (args is ["national"])
{
    await NationalDataSet.TimeEachReadOnceAsync(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
