using System.CommandLine;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Model;
using Roundup.Store;
using Roundup.Stories;
using Roundup.Summarization;
using Roundup.Tests.Reading;
using Roundup.Tests.Stories;
using Roundup.Text;

namespace Roundup.Tests.Cli;

/// <summary>`--language` on digest, cluster and ingest, `--ratio` on digest, and the story flow's language (issue #14).</summary>
public sealed class StoryCommandOptionsTests
{
    private const string FrenchA = "La mairie de Valbonne a annoncé lundi la fermeture du pont des Tanneurs pendant six semaines. Les ingénieurs ont trouvé des fissures dans les piliers du pont, construit en 1962. Les bus seront déviés par la rocade nord et les piétons pourront emprunter une passerelle provisoire. Le maire a promis que les travaux commenceraient avant la fin du mois.";
    private const string FrenchB = "Le pont des Tanneurs, à Valbonne, restera fermé six semaines après la découverte de fissures dans ses piliers. Selon la mairie, les réparations coûteront près de deux millions d'euros. Les commerçants du quartier craignent une baisse de leur chiffre d'affaires pendant les travaux. Une passerelle provisoire sera ouverte aux piétons dès jeudi.";

    private sealed record Result(int Exit, string Out, string Err)
    {
        public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static Result Run(params string[] args)
    {
        var root = new RootCommand { DigestCommand.Create(), ClusterCommand.Create(), IngestCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, args, new CliConsole(TextReader.Null, output, error));
        return new Result(exit, output.ToString(), error.ToString());
    }

    private static TempFiles French()
    {
        var files = new TempFiles();
        files.Write("fr/a.txt", FrenchA);
        files.Write("fr/b.txt", FrenchB);
        return files;
    }

    [Fact]
    public void The_flow_language_sets_every_article_and_picks_the_summary_terms()
    {
        var articles = StoryFixtures.Load(); // English text, read without a language option
        var flow = new StoryFlowBuilder().UseLanguage("FR").Build();
        Assert.Equal("fr", flow.Language);
        var result = flow.Run(articles);
        Assert.All(articles, a => Assert.Equal("fr", a.Language));
        var french = TermAnalyzer.ForLanguage("fr");
        var terms = new List<string>();
        bool differs = false;
        foreach (var s in result.Stories.SelectMany(c => c.Articles).SelectMany(a => a.Sentences))
        {
            terms.Clear();
            french.Analyze(s.Span.Slice(s.Article.Text), terms);
            Assert.Equal(terms, s.Terms);
            differs |= !TermAnalyzer.English.Analyze(s.Text).SequenceEqual(s.Terms);
        }
        Assert.True(differs);
        Assert.Throws<ArgumentException>(() => new StoryFlowBuilder().UseLanguage("xx"));
        Assert.Throws<ArgumentException>(() => new StoryFlowBuilder().UseLanguage("fr-CA"));
        Assert.Null(new StoryFlowBuilder().Build().Language);
    }

    [Fact]
    public void A_stream_of_a_flow_with_a_language_sets_it_on_clean_articles_too()
    {
        var flow = new StoryFlowBuilder().UseLanguage("de").Build();
        var article = StoryFixtures.Load("museum.txt")[0];
        flow.Clean(article);
        article.Language = "en";
        flow.OpenStream().Add(article, alreadyClean: true);
        Assert.Equal("de", article.Language);
    }

    [Fact]
    public void Digest_language_reaches_every_article_and_facts_warn_once_on_stderr()
    {
        var r = Run("digest", StoryFixtures.Folder, "--format", "json", "--language", "de", "--facts");
        Assert.True(r.Exit == 0, r.Err);
        var languages = r.Lines.SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("articles").EnumerateArray())
            .Select(a => a.GetProperty("language").GetString()).ToList();
        Assert.Equal(6, languages.Count);
        Assert.All(languages, l => Assert.Equal("de", l));
        Assert.Contains("English rules", Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        var english = Run("digest", StoryFixtures.Folder, "--language", "en", "--facts");
        Assert.Equal(0, english.Exit);
        Assert.DoesNotContain("English rules", english.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("English rules", Run("digest", StoryFixtures.Folder, "--language", "de").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_ratio_gives_each_story_that_share_of_its_words()
    {
        var byId = StoryFixtures.Load().ToDictionary(a => a.Id, a => Sentence.CountWords(a.RawText));
        var r = Run("digest", StoryFixtures.Folder, "--format", "json", "--ratio", "30%");
        Assert.True(r.Exit == 0, r.Err);
        var wide = Run("digest", StoryFixtures.Folder, "--format", "json", "--words", "400");
        int Words(string line) => Sentence.CountWords(JsonDocument.Parse(line).RootElement.GetProperty("summary").GetString() ?? "");
        Assert.Equal(3, r.Lines.Length);
        foreach (var line in r.Lines)
        {
            var story = JsonDocument.Parse(line).RootElement;
            int input = story.GetProperty("articles").EnumerateArray()
                .Where(a => !a.TryGetProperty("duplicateOf", out _)).Sum(a => byId[a.GetProperty("id").GetString()!]);
            Assert.InRange(Words(line), 1, (int)(input * 0.3) + 1);
        }
        Assert.True(r.Lines.Sum(Words) < wide.Lines.Sum(Words));
    }

    [Theory]
    [InlineData("digest", "--ratio", "0%")]
    [InlineData("digest", "--ratio", "twenty")]
    [InlineData("digest", "--language", "xx")]
    [InlineData("cluster", "--language", "klingon")]
    [InlineData("ingest", "--language", "zz")]
    public void Bad_values_are_one_line_errors(string command, string option, string value)
    {
        using var files = new TempFiles();
        string[] db = command == "ingest" ? ["--db", Path.Combine(files.Root, "r.db")] : [];
        var r = Run([command, StoryFixtures.Folder, option, value, .. db]);
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.Equal("", r.Out);
        Assert.Contains(option, Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_keywords_follow_the_language()
    {
        using var files = French();
        static List<string> Keywords(Result r) => [.. r.Lines.SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("keywords").EnumerateArray()).Select(k => k.GetString()!)];
        var fr = Run("cluster", Path.Combine(files.Root, "fr"), "--format", "json", "--language", "fr");
        var en = Run("cluster", Path.Combine(files.Root, "fr"), "--format", "json", "--language", "en");
        Assert.True(fr.Exit == 0, fr.Err);
        Assert.True(en.Exit == 0, en.Err);
        Assert.Single(fr.Lines);
        // French function words are stopwords only for the French analyzer.
        static bool Function(string k) => k.ToLowerInvariant() is "les" or "des" or "de" or "la" or "le" or "du";
        Assert.Contains(Keywords(en), Function);
        Assert.DoesNotContain(Keywords(fr), Function);
    }

    [Fact]
    public void Ingest_stores_the_language_and_warns_that_facts_use_english_rules()
    {
        using var files = French();
        var db = Path.Combine(files.Root, "r.db");
        var r = Run("ingest", Path.Combine(files.Root, "fr"), "--db", db, "--language", "fr");
        Assert.True(r.Exit == 0, r.Err);
        Assert.Contains("2 stored", r.Out, StringComparison.Ordinal);
        Assert.Contains("English rules", r.Err, StringComparison.Ordinal);
        using var store = new SqliteStoryStore(db);
        var stored = store.ArticlesAfter(0, 10);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, a => Assert.Equal("fr", a.Language));
    }
}
