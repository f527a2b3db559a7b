using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Golfcart.Benchmarks.FilterBenchmarks).Assembly).Run(args);
