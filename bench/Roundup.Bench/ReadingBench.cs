using BenchmarkDotNet.Attributes;
using Roundup.Reading;

namespace Roundup.Bench;

/// <summary>
/// Reading throughput of the dev cluster batch (../shared/data/multinews/val250.jsonl, or $ROUNDUP_DEV_DATA):
/// streaming JSON-lines parsing into clusters, with and without language identification.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*ReadingBench*' --job short
/// </summary>
[MemoryDiagnoser]
public class ReadingBench
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("ROUNDUP_DEV_DATA");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); root is null && dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Roundup.slnx"))) root = Path.Combine(dir.FullName, "..", "shared", "data");
        _path = Path.Combine(root ?? ".", "multinews", "val250.jsonl");
        if (!File.Exists(_path)) throw new FileNotFoundException("Dev data not found; set ROUNDUP_DEV_DATA.", _path);
    }

    [Benchmark(Baseline = true)]
    public int ReadBatch() => Count(new InputOptions { DetectLanguage = false });

    [Benchmark]
    public int ReadBatchWithLanguage() => Count(new InputOptions());

    private int Count(InputOptions options)
    {
        int articles = 0;
        foreach (var c in InputLoader.Load([_path], TextReader.Null, options)) articles += c.Articles.Count;
        return articles;
    }
}
