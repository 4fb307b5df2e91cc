using BenchmarkDotNet.Running;

// Short run on a small machine: add `--job short` (3 warm-ups, 3 iterations).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
