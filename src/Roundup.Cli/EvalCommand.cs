using System.CommandLine;

namespace Roundup.Cli;

/// <summary>
/// `roundup eval …`: measures Roundup against gold data. Each measurement is its own subcommand in its own file
/// (EvalSummarizeCommand.cs: `eval summarize`); register a new one with one line below.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var cmd = new Command("eval", "Measure Roundup against gold data (summaries: ROUGE; stories: clustering metrics).")
        {
            EvalSummarizeCommand.Create(),
            EvalClusterCommand.Create(),
            FactsEvalCommand.Create(),
            EvalQuotesCommand.Create(),
        };
        return cmd;
    }
}
