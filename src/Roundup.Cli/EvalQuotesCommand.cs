using System.CommandLine;
using Roundup.Evaluation.Quotes;

namespace Roundup.Cli;

/// <summary>
/// `roundup eval quotes DATASET [--errors]`: scores the quotes stage on quotation gold data in the PolNeAR
/// JSON-lines form; the rules are <see cref="QuoteEvaluation"/>'s.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "Quotation gold data, PolNeAR JSON lines: one article a line with its quotes (content, source, kind)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed quotation, quotation without a speaker and wrong speaker." };
        var cmd = new Command("quotes",
            "Score quotations and speakers on verbatim gold quotations (kind: full), each article run alone. " +
            "Found: >= 70% of the gold quotation's words inside one predicted quotation, and >= 50% of that quotation's words inside the gold one. " +
            "With a speaker: the found quotation has a named speaker (name, description, or pronoun resolved to one). " +
            "Speaker right (gold sources that are names): the predicted name contains the gold head name, the last capitalised word " +
            "before the source's first comma (or of an all-name apposition), and the first names agree when both give one.")
        {
            dataset, errors,
        };
        cmd.SetAction(parse =>
        {
            var output = CliConsole.Current.Out;
            var report = QuoteEvaluation.Run(QuoteDataset.Load(parse.GetValue(dataset)!));
            output.Write(report.ToString());
            if (parse.GetValue(errors))
                foreach (var e in report.Errors) output.WriteLine(e);
            return 0;
        });
        return cmd;
    }
}
