using Roundup.Cleaning;
using Roundup.Reading;
using Roundup.Text;

namespace Roundup.Pipeline;

/// <summary>
/// Loads, on a background thread, what the first article of a process waits for: the boilerplate rules (read from
/// the lexicon, with their regular expressions), Lucene's English analyzer (its first analysis loads and
/// initialises much of Lucene), the language identifier, and last the quotes stage (without speakers, as a summary
/// runs it) and the summary rules' word lists.
/// Each is built once per process whoever asks first, so
/// a command-line run that starts this before parsing its arguments and reading its files finds them ready, or
/// waits only for the rest, instead of building them one after another on its one thread. Nothing it does changes
/// any result: it builds the same shared, immutable tables the pipeline would (finding the quotations of one sentence
/// of its own), and caches nothing.
/// </summary>
public static class StartupWarmup
{
    /// <summary>
    /// Starts the warm-up on a background thread and returns at once; a process that ends first does not wait for it.
    /// Worth it for a short run on a machine with a spare core; a long-running service gains nothing.
    /// </summary>
    public static void Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "roundup warm-up" };
        thread.Start();
    }

    /// <summary>Builds, in the order a run needs them, what <see cref="Start"/> builds (on the calling thread).</summary>
    public static void Run()
    {
        try
        {
            _ = BoilerplateRules.English;
            TermAnalyzer.English.Prepare();
            _ = LanguageIdentifier.Identify("");
            // What a summary needs last: the quotes stage as a summary runs it (no speakers) and the summary rules' word lists.
            _ = Quotes.QuotesStage.FindSpans(new Model.Article("warm-up", "“The ferry sails at noon,” she said on Monday."));
            _ = Summarization.SentenceRules.IsFragmentary("The ferry sails at noon on Monday.");
            _ = Summarization.SentenceRules.OtherReference("The other ferry sails at noon.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A warm-up is only an early start: whatever failed here fails again, and is reported, where the run
            // itself needs it.
        }
    }
}
