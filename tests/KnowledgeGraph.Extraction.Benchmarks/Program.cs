using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Extraction.Benchmarks;

// dotnet run -c Release -- --filter '*' [--job short]: the summary's MB/s column is the throughput.
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new MegabytesPerSecondColumn()));
