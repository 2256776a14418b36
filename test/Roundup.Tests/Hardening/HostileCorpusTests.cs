using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Roundup.Tests.Hardening;

/// <summary>
/// Runs the real CLI (the built roundup.dll, as a child process through bash) on every case of
/// <see cref="HostileCorpus"/> and checks the documented exit code, a one-line error on stderr, no stack trace, a
/// per-case watchdog (a case still running after its time limit is killed and fails) and a hard memory bound (the
/// child runs with a 1.5 GB GC heap limit; its peak RSS is measured with /usr/bin/time when present).
/// Bench report mode: ROUNDUP_HOSTILE_SCALE=N (sizes ×N) and ROUNDUP_HOSTILE_REPORT=FILE (a TSV of every case's
/// time, time per MB and peak memory) — see notes/17-hardening.md.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    /// <summary>Watchdog: no case may run longer than this, whatever its size.</summary>
    private const double MaxSeconds = 60;

    /// <summary>Watchdog allowance per MB of input, beyond the fixed start-up allowance.</summary>
    private const double SecondsPerMb = 5;

    private const long MaxRssKb = 2L << 20; // 2 GB

    [SkippableFact]
    public void Every_hostile_case_exits_as_documented_in_bounded_time_and_memory()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the corpus uses bash, FIFOs and /proc (Linux only)");
        Skip.If(!File.Exists("/bin/bash"), "bash is not installed");
        int scale = int.TryParse(Environment.GetEnvironmentVariable("ROUNDUP_HOSTILE_SCALE"), out var s) && s > 0 ? s : 1;
        var report = Environment.GetEnvironmentVariable("ROUNDUP_HOSTILE_REPORT");
        var only = Environment.GetEnvironmentVariable("ROUNDUP_HOSTILE_ONLY");
        var dll = Path.Combine(AppContext.BaseDirectory, "roundup.dll");
        Assert.True(File.Exists(dll), $"the CLI is not built beside the tests: {dll}");
        var root = Path.Combine(Path.GetTempPath(), "roundup-hostile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var cases = HostileCorpus.Build(root, scale).Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)).ToList();
            var results = new Result[cases.Count];
            // Two at a time (report mode: one, so times are not shared).
            Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = report is null ? 2 : 1 }, i => results[i] = Run(cases[i], root, dll, i));
            var failures = new List<string>();
            var tsv = new StringBuilder("case\titem\texit\tseconds\tcpu_seconds\tinput_mb\ts_per_mb\tcpu_s_per_mb\tpeak_rss_mb\tverdict\n");
            foreach (var (c, r) in cases.Zip(results))
            {
                double mb = c.InputBytes / (1024.0 * 1024.0);
                string PerMb(double t) => mb >= 0.5 ? (t / mb).ToString("0.00", CultureInfo.InvariantCulture) : "";
                tsv.Append(CultureInfo.InvariantCulture, $"{c.Name}\t{c.Item}\t{r.Exit}\t{r.Seconds:0.00}\t{r.CpuSeconds:0.00}\t{mb:0.00}\t{PerMb(r.Seconds)}\t{PerMb(r.CpuSeconds)}\t{(r.PeakKb > 0 ? (r.PeakKb / 1024.0).ToString("0", CultureInfo.InvariantCulture) : "")}\t{r.Problem ?? "ok"}\n");
                if (r.Problem is not null) failures.Add($"{c.Name} (item {c.Item}): {r.Problem}");
            }
            output.WriteLine($"{cases.Count} cases, {cases.Count - failures.Count} passed (scale {scale})");
            output.WriteLine(tsv.ToString());
            if (report is not null) File.WriteAllText(report, tsv.ToString());
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private sealed record Result(int Exit, double Seconds, double CpuSeconds, long PeakKb, string? Problem);

    private static Result Run(HostileCase c, string root, string dll, int index)
    {
        var dir = root; // cases share the generated inputs; each writes only its own scratch names
        var mem = Path.Combine(root, $".mem{index}");
        bool timeTool = File.Exists("/usr/bin/time");
        var ru = timeTool ? $"/usr/bin/time -q -f %M,%U,%S -a -o {mem} dotnet {dll}" : $"dotnet {dll}";
        var psi = new ProcessStartInfo("/bin/bash")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"cd {Quote(dir)} && mkdir -p .s{index} && cd .s{index} && ln -sf ../* . 2>/dev/null; {c.Script}");
        psi.Environment["RU"] = ru;
        psi.Environment["RUX"] = $"dotnet {dll}"; // without /usr/bin/time, for cases that close a descriptor (time's own file would take it)
        psi.Environment["DOTNET_GCHeapHardLimit"] = "0x60000000"; // 1.5 GB: an unbounded allocation fails instead of swapping
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["TERM"] = "dumb";
        // The watchdog counts CPU seconds of the whole process tree, so a machine shared with other builds does not
        // make a case fail; a hang (which uses no CPU) is caught by the wall-clock cap.
        double limit = Math.Min(MaxSeconds, 20 + SecondsPerMb * c.InputBytes / (1024.0 * 1024.0));
        double wallCap = Math.Max(120, 3 * limit);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        string? killed = null;
        while (!p.WaitForExit(TimeSpan.FromMilliseconds(200)))
        {
            double used = TreeCpuSeconds(p.Id);
            if (used > limit) killed = $"watchdog: {used:0} CPU seconds, over the limit of {limit:0} s (killed)";
            else if (clock.Elapsed.TotalSeconds > wallCap) killed = $"watchdog: still running after {wallCap:0} s wall-clock with {used:0.0} CPU seconds: a hang (killed)";
            if (killed is null) continue;
            try { p.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
            p.WaitForExit(TimeSpan.FromSeconds(10));
            return new Result(-1, clock.Elapsed.TotalSeconds, used, 0, killed);
        }
        // A background writer left behind (a FIFO case gone wrong) must not hold the test on the output pipes.
        if (!Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30)))
            return new Result(p.ExitCode, clock.Elapsed.TotalSeconds, 0, 0, "a process left behind kept the output open");
        double seconds = clock.Elapsed.TotalSeconds;
        string o = stdout.Result, e = stderr.Result;
        long peak = 0;
        double cpu = 0;
        if (timeTool && File.Exists(mem))
        {
            // One line per CLI run: peak RSS in KB, user and system CPU seconds.
            foreach (var line in File.ReadAllLines(mem))
            {
                var f = line.Trim().Split(',');
                if (f.Length != 3 || !long.TryParse(f[0], out long kb)) continue;
                peak = Math.Max(peak, kb);
                cpu += double.Parse(f[1], CultureInfo.InvariantCulture) + double.Parse(f[2], CultureInfo.InvariantCulture);
            }
        }
        return new Result(p.ExitCode, seconds, cpu, peak, Problem(c, p.ExitCode, o, e, peak));
    }

    /// <summary>User and system CPU seconds of a process and its descendants (including children already waited for), from /proc.</summary>
    private static double TreeCpuSeconds(int pid)
    {
        double ticks = 0;
        var pending = new Stack<int>();
        pending.Push(pid);
        while (pending.Count > 0)
        {
            int id = pending.Pop();
            try
            {
                var stat = File.ReadAllText($"/proc/{id}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based).
                for (int k = 11; k <= 14; k++) ticks += double.Parse(fields[k], CultureInfo.InvariantCulture);
                foreach (var task in Directory.EnumerateDirectories($"/proc/{id}/task"))
                    foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        pending.Push(int.Parse(child, CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    private static string? Problem(HostileCase c, int exit, string stdout, string stderr, long peakKb)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!c.Exit.Contains(exit)) return $"exit {exit}, expected {string.Join(" or ", c.Exit)}; stderr: {Cut(stderr)}";
        if (stderr.Contains("   at ", StringComparison.Ordinal) || stderr.Contains("Exception", StringComparison.Ordinal)) return $"stack trace or exception name on stderr: {Cut(stderr)}";
        if (stderr.Contains("internal error", StringComparison.Ordinal)) return $"internal error: {Cut(stderr)}";
        foreach (var l in lines)
            if (!l.StartsWith("roundup: ", StringComparison.Ordinal)) return $"a stderr line not from roundup: {Cut(l)}";
        if (exit == 2 && !c.ManyErrorLines && lines.Count(l => !l.StartsWith("roundup: warning", StringComparison.Ordinal)) != 1) return $"expected one error line, got {lines.Length}: {Cut(stderr)}";
        if (exit == 2 && c.Item != "12" && stdout.Contains("Usage:", StringComparison.Ordinal)) return "help text printed for an error";
        if (peakKb > MaxRssKb) return $"peak memory {peakKb / 1024} MB over {MaxRssKb / 1024} MB";
        return c.Check?.Invoke(stdout, stderr);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Cut(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
