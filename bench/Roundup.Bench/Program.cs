using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
