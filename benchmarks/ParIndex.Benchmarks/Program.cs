using BenchmarkDotNet.Running;
using ParIndex.Benchmarks;

// dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- --filter '*'   (docs/performance.md)
// dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- national        builds the national data set, times each read once
if (args is ["national"])
{
    await NationalDataSet.TimeEachReadOnceAsync(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
