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
        if (Enabled) Console.Error.WriteLine($"[{Now,7:0.0} ms] {what} (jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms; gc: {GC.CollectionCount(0)})");
    }
}
