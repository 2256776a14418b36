using System.Diagnostics;
using System.Text;

namespace Roundup.Tests.Packaging;

/// <summary>
/// The library works from its package in a fresh app (issue #14): packs src/Roundup into a local folder, builds a
/// tiny console app against the package (outside the repository, so none of its build settings apply) and runs it on
/// English, French and German articles; French and German need Lingua's models to reach the app. Takes a few
/// minutes, so it runs where CI=true or ROUNDUP_PACK_TEST=1 (.ci/setup.d/pack-test.sh sets it for `bash .ci/run`).
/// </summary>
public sealed class LibraryPackageTests
{
    private const string Program = """
        using Roundup.Pipeline;
        using Roundup.Reading;
        using Roundup.Summarization;

        var texts = new Dictionary<string, string>
        {
            ["en"] = "The city council approved a new budget on Tuesday night after five hours of debate. The plan raises the property tax and keeps the libraries open on Sundays. The mayor said the vote was a responsible choice in a hard year for the city.",
            ["fr"] = "Le conseil municipal a voté mardi soir un nouveau budget après cinq heures de débat. Le plan augmente l'impôt foncier et garde les bibliothèques ouvertes le dimanche. La maire a déclaré que ce vote était un choix responsable dans une année difficile pour la ville.",
            ["de"] = "Der Stadtrat hat am Dienstagabend nach fünf Stunden Debatte einen neuen Haushalt beschlossen. Der Plan erhöht die Grundsteuer und hält die Büchereien am Sonntag geöffnet. Die Bürgermeisterin sagte, die Abstimmung sei eine verantwortungsvolle Entscheidung in einem schweren Jahr für die Stadt.",
        };
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 40 }).Build();
        var folder = Path.Combine(Path.GetTempPath(), "roundup-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (code, text) in texts)
            {
                var path = Path.Combine(folder, code + ".txt");
                File.WriteAllText(path, text);
                foreach (var cluster in pipeline.RunAll(InputLoader.Load([path], TextReader.Null)))
                {
                    var summary = string.Join(" ", cluster.Summary!.Sentences.Select(s => s.Text));
                    Console.WriteLine($"{code}: language={cluster.Articles[0].Language} words={summary.Split(' ').Length} {summary}");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        """;

    private static bool Enabled =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("ROUNDUP_PACK_TEST") == "1";

    [SkippableFact]
    public void The_packed_library_runs_in_a_fresh_app_on_english_french_and_german()
    {
        Skip.IfNot(Enabled, "packs the library and builds an app against it (minutes); set ROUNDUP_PACK_TEST=1 or CI=true to run it");
        var repo = GeneratedSource.RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "roundup-pack-test-" + Guid.NewGuid().ToString("N"));
        // A version of its own, so the NuGet cache cannot serve an older package of the same number.
        var suffix = "packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var version = "0.1.0-" + suffix;
        try
        {
            var feed = Path.Combine(work, "feed");
            var app = Path.Combine(work, "app");
            Directory.CreateDirectory(app);
            Run(repo, "pack", Path.Combine(repo, "src", "Roundup"), "-c", "Release", "-o", feed, $"-p:VersionSuffix={suffix}",
                // Build outputs of its own, so the repository's bin and obj keep what the tests were built from.
                $"-p:OutputPath={Path.Combine(work, "bin")}/", $"-p:IntermediateOutputPath={Path.Combine(work, "obj")}/");
            Assert.True(File.Exists(Path.Combine(feed, $"Roundup.Core.{version}.nupkg")), "the package was not written");
            Assert.True(File.Exists(Path.Combine(feed, $"Roundup.Core.{version}.snupkg")), "the symbols package was not written");
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><add key="roundup-local" value="{feed}" /></packageSources></configuration>
                """);
            File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
                  <ItemGroup><PackageReference Include="Roundup.Core" Version="{version}" /></ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
            var output = Run(app, "run", "-c", "Release");
            Assert.Contains("en: language=en", output, StringComparison.Ordinal);
            Assert.Contains("fr: language=fr", output, StringComparison.Ordinal);
            Assert.Contains("de: language=de", output, StringComparison.Ordinal);
            Assert.Contains("Grundsteuer", output, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p ? p : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "roundup.core", version);
            try { if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true); } catch (IOException) { }
        }
    }


    private static string Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} took over 10 minutes");
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed ({process.ExitCode}):\n{stdout}\n{stderr}");
        return stdout.ToString();
    }
}
