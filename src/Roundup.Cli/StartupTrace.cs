using System.Diagnostics;
using System.Runtime;

namespace Roundup.Cli;

/// <summary>
/// With <c>ROUNDUP_STARTUP_TRACE=1</c>, writes to stderr where a run's time goes: each assembly as it loads and named
/// marks, with milliseconds since the process started, and at exit the methods the JIT compiled (those ReadyToRun did
/// not cover) and the time it spent. With <c>ROUNDUP_STARTUP_TRACE=stack</c>, each load also shows who caused it.
/// Off (the default), it costs one environment lookup.
/// </summary>
internal static class StartupTrace
{
    private static readonly string? Mode = Environment.GetEnvironmentVariable("ROUNDUP_STARTUP_TRACE");

    /// <summary>Whether tracing is on.</summary>
    public static bool Enabled => Mode is "1" or "stack";

    private static double Now => (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    /// <summary>Starts listening for assembly loads.</summary>
    public static void Start()
    {
        if (!Enabled) return;
        Mark("main");
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
        {
            Console.Error.WriteLine($"[{Now,7:0.0} ms] load {e.LoadedAssembly.GetName().Name}");
            if (Mode == "stack")
                Console.Error.WriteLine(string.Join("\n", new StackTrace(1).ToString().Split('\n').Where(l => l.Contains("Roundup", StringComparison.Ordinal) || Environment.GetEnvironmentVariable("ROUNDUP_STARTUP_TRACE_ALL") == e.LoadedAssembly.GetName().Name).Take(40)));
        };
    }

    /// <summary>Writes a named mark.</summary>
    public static void Mark(string what)
    {
        if (!Enabled) return;
        Console.Error.WriteLine($"[{Now,7:0.0} ms] {what} (jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms; gc: {GC.CollectionCount(0)}){ThreadTimes()}");
    }

    /// <summary>
    /// On Linux, the calling thread's time on a CPU and its time waiting in the run queue for one, since it started
    /// (<c>/proc/thread-self/schedstat</c>). On a busy machine the wait says how much of the wall time was other
    /// processes' turn; the rest (wall − wait) is what the run would take where a core is free.
    /// </summary>
    private static string ThreadTimes()
    {
        try
        {
            var parts = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
            double run = long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) / 1e6;
            double wait = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) / 1e6;
            return $" [this thread: {run:0.0} ms on a CPU, {wait:0.0} ms waiting for one; process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:0} ms]";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return "";
        }
    }
}
