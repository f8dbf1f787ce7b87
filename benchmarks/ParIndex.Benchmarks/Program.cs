using BenchmarkDotNet.Running;
using ParIndex.Benchmarks;

// dotnet run -c Release --project benchmarks/ParIndex.Benchmarks -- --filter '*'   (docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
