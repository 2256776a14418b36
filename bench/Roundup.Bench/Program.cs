using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*'
// Web reading: dotnet run -c Release --project bench/Roundup.Bench -- web-fetch [pages=200] (a local Kestrel site on 127.0.0.1: 2 slow pages, 3 failing)
// Story clustering: ... -- cluster-scale ../shared/data/multinews/val250.jsonl 10000 30000 100000 | cluster-tune DATASET threshold=0.2,0.25 | centroid-dot 60 30000
//   | cluster-features DATASET [rounds=5] | story-flow-cost DATASET [rounds=5] (the digest flow in process)
//   | cluster-errors DATASET [incremental] [events] [merge=1] | cluster-similarity DATASET [scaling=10] [dump=0.25]
// Embedding cost report: dotnet run -c Release --project bench/Roundup.Bench -- embedding-cost ../shared/data/multinews/val250.jsonl
// Embedding ROUGE comparison: dotnet run -c Release --project bench/Roundup.Bench -- embedding-rouge ../shared/data/multinews/val250.jsonl
// Service load on loopback: ... -- service-load ../shared/data/duc2006/duc2006.jsonl seconds=60 rate=20 readers=50 [postgres=CONNSTRING]
// Service at scale: ... -- service-scale ../shared/data/multinews/val250.jsonl n=100000 summarize=300 workers=2
// Paired blind comparison of two summary versions: ... -- blind-versions DATASET OLD.jsonl NEW.jsonl /tmp/pairs [seed] [groups]
// Summarizer ablation: ... -- summary-tune ../shared/data/multinews/val250.jsonl default "no-prior|PositionWeight=0"
if (args.Length > 0 && args[0] == "web-fetch") return Roundup.Bench.WebFetchBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "summary-baselines") return Roundup.Bench.SummaryBaselines.Run(args[1..]);
if (args.Length > 0 && args[0] == "summary-features") return Roundup.Bench.SummaryFeatures.Run(args[1..]);
if (args.Length > 0 && args[0] == "blind-packets") return Roundup.Bench.BlindComparison.Packets(args[1..]);
if (args.Length > 0 && args[0] == "blind-versions") return Roundup.Bench.BlindVersions.Run(args[1..]);
if (args.Length > 0 && args[0] == "blind-tally") return Roundup.Bench.BlindComparison.Tally(args[1..]);
if (args.Length > 0 && args[0] == "summary-checks") return Roundup.Bench.BlindComparison.Checks(args[1..]);
if (args.Length > 0 && args[0] == "summary-tune") return Roundup.Bench.SummaryTune.Run(args[1..]);
if (args.Length > 0 && args[0] == "embedding-rouge") return Roundup.Bench.EmbeddingRouge.Run(args[1..]);
if (args.Length > 0 && args[0] == "embedding-cost") return Roundup.Bench.EmbeddingCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "centroid-dot") return Roundup.Bench.CentroidDot.Run(args[1..]);
if (args.Length > 0 && args[0] == "cluster-scale") return Roundup.Bench.ClusterScale.Run(args[1..]);
if (args.Length > 0 && args[0] == "cluster-dedup") return Roundup.Bench.ClusterDedupEval.Run(args[1..]);
if (args.Length > 0 && args[0] == "cluster-errors") return Roundup.Bench.ClusterErrors.Run(args[1..]);
if (args.Length > 0 && args[0] == "cluster-similarity") return Roundup.Bench.ClusterSimilarity.Run(args[1..]);
if (args.Length > 0 && args[0] == "service-load") return Roundup.Bench.ServiceLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "service-scale") return Roundup.Bench.ServiceScale.Run(args[1..]);
if (args.Length > 0 && args[0] == "facts-scale") return Roundup.Bench.FactsScale.Run(args[1..]);
if (args.Length > 0 && args[0] == "story-flow-cost") return Roundup.Bench.StoryFlowCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "cluster-features") return Roundup.Bench.ClusterFeaturesBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "cluster-tune") return Roundup.Bench.ClusterTune.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
