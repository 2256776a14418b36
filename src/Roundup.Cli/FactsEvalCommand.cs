using System.CommandLine;
using Roundup.Facts.Evaluation;

namespace Roundup.Cli;

/// <summary>
/// `roundup eval facts FOLDER [--errors]`: scores the facts stage on a gold folder (one JSON file per annotated
/// cluster; see test/Roundup.Tests/Fixtures/facts/README.md). A standalone command, meant to sit under `eval`.
/// </summary>
internal static class FactsEvalCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of gold clusters (*.json)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed or wrong item." };
        var cmd = new Command("facts", "Score entities, dates, quotes and conflicts against an annotated gold folder.") { folder, errors };
        cmd.SetAction(parse =>
        {
            var output = CliConsole.Current.Out;
            var report = FactsEvaluation.Run(FactsGold.LoadFolder(parse.GetValue(folder)!));
            output.Write(report.ToString());
            if (parse.GetValue(errors))
                foreach (var e in report.Errors) output.WriteLine(e);
            return 0;
        });
        return cmd;
    }
}
