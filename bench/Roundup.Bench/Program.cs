using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*'
// Embedding cost report: dotnet run -c Release --project bench/Roundup.Bench -- embedding-cost ../shared/data/multinews/val250.jsonl
// Embedding ROUGE comparison: dotnet run -c Release --project bench/Roundup.Bench -- embedding-rouge ../shared/data/multinews/val250.jsonl
if (args.Length > 0 && args[0] == "embedding-rouge") return Roundup.Bench.EmbeddingRouge.Run(args[1..]);
if (args.Length > 0 && args[0] == "embedding-cost") return Roundup.Bench.EmbeddingCost.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
