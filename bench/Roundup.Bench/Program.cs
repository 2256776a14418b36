using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*'
if (args.Length > 0 && args[0] == "--probe") { Roundup.Bench.Probe.Run(); return; }
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
