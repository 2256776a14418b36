using System.Globalization;
using System.Text;

namespace Roundup.Tests.Hardening;

/// <summary>One hostile input and what the CLI must do with it.</summary>
/// <param name="Name">Short name, unique in the corpus.</param>
/// <param name="Item">The issue #17 item it reproduces ("1".."18"), or "extra".</param>
/// <param name="Script">A bash snippet run in the case's folder; <c>$RU</c> runs the CLI (<c>dotnet roundup.dll</c>).</param>
/// <param name="Exit">The documented exit codes (usually one).</param>
/// <param name="InputBytes">Size of the input, for time per MB.</param>
/// <param name="Check">Further checks on stdout and stderr: null when fine, else what is wrong.</param>
/// <param name="ManyErrorLines">Whether stderr may hold several "roundup: " lines on failure (skipped lines are each reported).</param>
public sealed record HostileCase(string Name, string Item, string Script, int[] Exit, long InputBytes = 0, Func<string, string, string?>? Check = null, bool ManyErrorLines = false)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus of issue #17, generated here (no file is checked in): every case of the audit plus deep
/// nesting, huge lines, control characters, every encoding, truncated files, pipes and FIFOs, closed descriptors.
/// <see cref="Build"/> writes the inputs into a folder; its scale multiplies the sizes of the cases
/// that grow (1 for the test, larger for the bench report).
/// </summary>
public static class HostileCorpus
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private const string Para = "The city council of Harlow Bay voted on Tuesday to approve a budget of $412 million for next year. ";
    private const string Story = "The Linden dam opened two weeks early on Monday, officials said. Engineers finished the spillway in March after a wet winter. " +
        "The reservoir will supply 40,000 homes, the water board said. \"We are proud of the crews,\" said Mayor Ann Lee.";

    public static List<HostileCase> Build(string dir, int scale)
    {
        Directory.CreateDirectory(dir);
        var cases = new List<HostileCase>();
        long W(string name, string text) => WriteBytes(dir, name, Utf8.GetBytes(text));
        long B(string name, byte[] bytes) => WriteBytes(dir, name, bytes);
        string J(string s) => System.Text.Json.JsonSerializer.Serialize(s);
        void Add(string name, string item, string script, int exit, long bytes = 0, Func<string, string, string?>? check = null, bool many = false)
            => cases.Add(new HostileCase(name, item, script, [exit], bytes, check, many));
        void AddAny(string name, string item, string script, int[] exits, long bytes = 0, Func<string, string, string?>? check = null)
            => cases.Add(new HostileCase(name, item, script, exits, bytes, check));

        W("story.txt", Story);
        W("story2.txt", "---\nsource: Ridge Gazette\n---\nThe Linden dam opened on Monday after a two-year project. It will supply 40,000 homes.");

        // 1. XSS through article URLs in digest HTML (and Markdown): only http, https and mailto become links.
        var xss = new StringBuilder();
        foreach (var (i, url) in new[] { "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " JaVaScRiPt:alert(2)", "vbscript:x", "https://ok.example/a?b=1&c=<2>", "file:///etc/passwd" }.Select((u, i) => (i, u)))
            xss.Append("{\"id\":\"x").Append(i).Append("\",\"title\":\"Dam opens <script>alert(1)</script>\",\"source\":\"<img src=x onerror=alert(1)>\",\"url\":").Append(J(url)).Append(",\"text\":").Append(J(Story)).Append("}\n");
        long xb = W("xss.jsonl", xss.ToString());
        Add("xss-digest-html", "1", "$RU digest xss.jsonl --format html", 0, xb, (o, _) =>
            o.Contains("href=\"javascript", StringComparison.OrdinalIgnoreCase) || o.Contains("href=\" javascript", StringComparison.OrdinalIgnoreCase) || o.Contains("href=\"data:", StringComparison.OrdinalIgnoreCase)
            || o.Contains("href=\"vbscript", StringComparison.OrdinalIgnoreCase) || o.Contains("href=\"file:", StringComparison.OrdinalIgnoreCase) || o.Contains("<script", StringComparison.OrdinalIgnoreCase) || o.Contains("<img", StringComparison.OrdinalIgnoreCase)
                ? "a live script link or raw markup in the HTML" : null);
        Add("xss-digest-markdown", "1", "$RU digest xss.jsonl --format markdown", 0, xb, (o, _) =>
            o.Contains("<javascript", StringComparison.OrdinalIgnoreCase) || o.Contains("<script", StringComparison.OrdinalIgnoreCase) || o.Contains("<img", StringComparison.OrdinalIgnoreCase) || o.Contains("<data:", StringComparison.OrdinalIgnoreCase) ? "raw HTML or a script link in Markdown" : null);
        Add("xss-summarize-markdown", "8", "$RU summarize xss.jsonl --format markdown", 0, xb, (o, _) =>
            o.Contains("<script", StringComparison.OrdinalIgnoreCase) || o.Contains("<img", StringComparison.OrdinalIgnoreCase) || o.Contains("<javascript", StringComparison.OrdinalIgnoreCase) ? "raw HTML in Markdown" : null);

        // 2. Closed standard input: an input error, not a wait on the runtime's own pipe.
        Add("closed-stdin-summarize", "2", "$RUX summarize <&-", 2);
        Add("closed-stdin-cluster", "2", "$RUX cluster <&-", 2);
        Add("closed-stdin-digest", "2", "$RUX digest - <&-", 2);

        // 3. Facts on text dense with dates and numbers (the facts engineer's item; kept small here, scaled in the report).
        var dense = new StringBuilder();
        for (int i = 0; dense.Length < 20_000 * scale; i++)
            dense.Append(CultureInfo.InvariantCulture, $"On March {i % 28 + 1}, 20{i % 30 + 10} the board paid ${i * 37 % 1000} million, {i % 90 + 5} percent of {i * 13 % 5000} homes. ");
        long db = W("dense.txt", dense.ToString());
        Add("facts-dense-dates", "3", "$RU summarize dense.txt --facts --format json", 0, db);

        // 4. Pipes as paths.
        Add("fifo-path", "4", "mkfifo f.fifo && (timeout 60 sh -c 'cat story.txt > f.fifo' >/dev/null 2>&1 &) && $RU summarize f.fifo", 0, Story.Length);
        Add("process-substitution", "4", "$RU summarize <(cat story.txt) <(cat story2.txt)", 0, Story.Length);
        Add("dev-stdin", "4", "cat story.txt | $RU summarize /dev/stdin", 0, Story.Length);
        Add("fifo-batch", "4", "mkfifo b.fifo && (timeout 60 sh -c 'cat append.jsonl > b.fifo' >/dev/null 2>&1 &) && $RU summarize b.fifo --format json --quiet", 0, 0, (o, _) => Lines(o) == 2000 ? null : $"expected 2000 lines, got {Lines(o)}");
        Add("dev-zero", "extra", "$RU summarize /dev/zero", 2);
        Add("dev-null", "extra", "$RU summarize /dev/null", 2);

        // 5. Superlinear cost: deep HTML nesting, unclosed inline elements, one huge batch line.
        int depth = 100_000 * scale;
        long deepDiv = W("deep-div.html", "<html><head><title>Deep</title></head><body>" + Repeat("<div>", depth) + "<p>" + Story + "</p>" + Repeat("</div>", depth) + "</body></html>");
        Add("deep-div-html", "5", "$RU summarize deep-div.html", 0, deepDiv);
        long deepSpan = W("deep-span.html", "<html><body>" + Repeat("<span>x ", depth) + "<p>" + Story + "</p></body></html>");
        Add("unclosed-span-html", "5", "$RU summarize deep-span.html", 0, deepSpan);
        long deepB = W("deep-b.html", "<html><body>" + Repeat("<b><i>", depth / 2) + Story + "</body></html>");
        Add("unclosed-formatting-html", "extra", "$RU summarize deep-b.html", 0, deepB);
        long feedDeep = W("deep-feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Dam</title><description>" +
            System.Security.SecurityElement.Escape(Repeat("<div>", depth / 4) + Story + Repeat("</div>", depth / 4)) + "</description></item></channel></rss>");
        Add("deep-html-in-feed", "5", "$RU summarize deep-feed.xml", 0, feedDeep);
        // A batch line over the 16 MB line limit: refused with a clear error, read in constant memory.
        var huge = new StringBuilder("{\"id\":\"huge\",\"documents\":[");
        for (int i = 0; huge.Length < (17 << 20); i++) huge.Append(i == 0 ? "" : ",").Append(J(Story + " " + i));
        huge.Append("]}\n");
        long hb = W("huge-line.jsonl", huge.ToString());
        Add("batch-line-over-limit", "5", "$RU summarize huge-line.jsonl --format json", 2, hb);
        // A big cluster under the limit: one line of 2 MB (about 4,000 documents).
        var big = new StringBuilder("{\"id\":\"big\",\"documents\":[");
        for (int i = 0; big.Length < (2 << 20) * scale; i++) big.Append(i == 0 ? "" : ",").Append(J($"Report {i}: " + Story));
        big.Append("]}\n");
        long bb = W("big-line.jsonl", big.ToString());
        Add("batch-line-big-cluster", "5", "$RU summarize big-line.jsonl --format json", 0, bb);

        // 6. Clear errors, not "internal error".
        W("not-feed.xml", "<?xml version=\"1.0\"?><catalog><book id=\"1\"><title>Dams</title></book></catalog>");
        Add("xml-not-a-feed", "6", "$RU summarize not-feed.xml", 2);
        W("page.html", "<html><head><title>Dam</title></head><body><article><p>" + Story + "</p></article></body></html>");
        Add("feed-forced-on-html", "6", "$RU summarize page.html -i feed", 2);
        W("surrogate.jsonl", "{\"id\":\"s\",\"documents\":[\"Bad \\ud800 text. " + Story + "\"]}\n");
        Add("lone-surrogate", "6", "$RU summarize surrogate.jsonl", 2);
        W("gold.jsonl", "{\"id\":\"g1\",\"documents\":[" + J(Story) + "],\"summary\":\"The dam opened early.\"}\n");
        W("outputs-bad.jsonl", "{\"id\":\"g1\",\"summary\":[1,2]}\n");
        Add("outputs-non-string", "6", "$RU eval summarize gold.jsonl --outputs outputs-bad.jsonl", 2);
        Add("per-item-bad-path", "13", "$RU eval summarize gold.jsonl --per-item /no/such/dir/items.jsonl", 2);
        Add("stdout-dev-full", "6", "$RU summarize story.txt > /dev/full", 2);
        Add("stdout-closed", "6", "$RUX summarize story.txt >&-", 2);

        // 7. A broken pipe stops the work: 20,000 clusters into `head -1`.
        var many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) many.Append("{\"id\":\"c").Append(i).Append("\",\"documents\":[").Append(J($"Town {i} approved its budget on Monday after a long debate. The mayor called it a responsible choice.")).Append(',').Append(J($"Residents of town {i} protested outside the hall on Monday. The budget passed 7-2.")).Append("]}\n");
        long mb = W("many.jsonl", many.ToString());
        long ab = W("append.jsonl", string.Concat(many.ToString().Split('\n').Take(2000).Select(l => l + "\n")));
        Add("broken-pipe-head", "7", "$RU summarize many.jsonl --format json | head -1 > /dev/null; exit ${PIPESTATUS[0]}", 141, mb);

        // 8. Terminal escapes, control characters and bidi controls; raw HTML in Markdown.
        W("escapes.txt", "---\nsource: \u001b]0;pwned\u0007Evil \u202eTimes\n---\nThe dam \u001b[31mopened\u001b[0m on Monday, officials said.\u0007 Engineers \u009b2J finished the spillway in March after a wet winter. The reservoir will supply 40,000 homes, the water board said.");
        Add("terminal-escapes-text", "8", "$RU summarize escapes.txt", 0, 300, (o, _) => HasControl(o) ? "a control character reached the terminal output" : null);
        W("ids.jsonl", "{\"id\":\"a\\nb\\u0000c\\u202ed\\u001b[2J\",\"documents\":[" + J(Story) + "]}\n{\"id\":\"second\",\"documents\":[" + J(Story) + "]}\n");
        Add("control-chars-in-ids", "8", "$RU summarize ids.jsonl", 0, 0, (o, _) => HasControl(o) ? "a control character in a printed id" : null);
        W("html-meta.jsonl", "{\"id\":\"m\",\"title\":\"<iframe src=x></iframe>Dam\",\"source\":\"[click](javascript:alert(1))\",\"url\":\"javascript:alert(1)\",\"text\":" + J(Story) + "}\n");
        Add("raw-html-in-markdown", "8", "$RU summarize html-meta.jsonl --format markdown", 0, 0, (o, _) =>
            o.Contains("<iframe", StringComparison.OrdinalIgnoreCase) || LiveLink(o) || o.Contains("<javascript", StringComparison.OrdinalIgnoreCase) ? "raw HTML or a live link in Markdown" : null);

        // 9. Duplicate ids are told apart and warned about.
        W("d1/a.txt", Story);
        W("d2/a.txt", "The Linden dam opened on Monday after a two-year project. It will supply 40,000 homes, the board said.");
        Add("duplicate-file-names", "9", "$RU summarize d1/a.txt d2/a.txt --format json", 0, 0, (o, e) =>
            !o.Contains("\"a.txt#2\"", StringComparison.Ordinal) ? "the second a.txt has no id of its own" : !e.Contains("warning", StringComparison.Ordinal) ? "no warning" : null);
        Add("same-file-twice", "9", "$RU summarize story.txt story.txt --format json", 0, 0, (o, e) => !o.Contains("\"story.txt#2\"", StringComparison.Ordinal) ? "no distinct id" : null);
        W("dup-clusters.jsonl", "{\"id\":\"x\",\"documents\":[" + J(Story) + "]}\n{\"id\":\"x\",\"documents\":[" + J(Story) + "]}\n");
        Add("duplicate-cluster-ids", "9", "$RU summarize dup-clusters.jsonl --format json", 0, 0, (o, _) => !o.Contains("\"x#2\"", StringComparison.Ordinal) ? "repeated cluster id not told apart" : null);

        // 10. Empty summary is warned about.
        var longSentence = string.Join(' ', Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "council" : "word" + i.ToString(CultureInfo.InvariantCulture))) + ".";
        W("one-long-sentence.txt", longSentence);
        Add("empty-summary-warning", "10", "$RU summarize one-long-sentence.txt", 0, 0, (_, e) => e.Contains("summary is empty", StringComparison.Ordinal) ? null : "no warning for an empty summary");

        // 11. Argument errors.
        Add("arg-format-nonsense", "11", "$RU summarize story.txt --format nonsense", 2);
        Add("arg-words-1e9", "11", "$RU summarize story.txt --words 1e9", 2);
        Add("arg-words-repeated", "11", "$RU summarize story.txt --words 5 --words 6", 2);
        Add("arg-unknown-option", "11", "$RU summarize story.txt --frobnicate", 2, 0, (_, e) => e.Contains("unknown option", StringComparison.Ordinal) ? null : "not reported as an unknown option");
        Add("arg-misspelled-command", "11", "$RU summarise story.txt", 2, 0, (o, e) => e.Contains("did you mean 'summarize'", StringComparison.Ordinal) && o.Length == 0 ? null : "no suggestion, or help on stdout");
        Add("arg-no-command", "11", "$RU", 2);
        Add("arg-words-negative", "11", "$RU summarize story.txt --words -5", 2);
        Add("arg-on-error-bad", "17", "$RU summarize story.txt --on-error maybe", 2);

        // 12. Whole lines: two runs appending to one file do not interleave inside a line.
        Add("atomic-append", "12", "($RU summarize append.jsonl --format json --quiet >> out.jsonl & $RU summarize append.jsonl --format json --quiet >> out.jsonl; wait) && cat out.jsonl", 0, ab * 2,
            (o, _) => WholeJsonLines(o, 4000));

        // 12. Ctrl-C (SIGINT) stops between records: every line written is whole.
        AddAny("ctrl-c-mid-run", "12", "timeout --preserve-status -s INT 2 $RUX summarize many.jsonl --format json --quiet > out.jsonl; rc=$?; cat out.jsonl; exit $rc", [130, 0], 0,
            (o, _) => WholeJsonLines(o, -1));

        // 14. Folders: subfolders, dangling links and link loops are skipped with a warning.
        W("folder/one.txt", Story);
        W("folder/sub/two.txt", Story);
        Add("folder-with-traps", "14", "ln -sf /no/such/file folder/dangling.txt; ln -sf loop2.txt folder/loop1.txt; ln -sf loop1.txt folder/loop2.txt; mkfifo folder/pipe.txt; $RU summarize folder", 0, 0,
            (_, e) => e.Contains("subfolder", StringComparison.Ordinal) && e.Contains("cannot be read", StringComparison.Ordinal) ? null : "traps not reported");

        // 15. UTF-16 without BOM: the text decoder detects it and the story is read.
        B("utf16-nobom.txt", Encoding.Unicode.GetBytes(Story));
        Add("utf16-without-bom", "15", "$RU summarize utf16-nobom.txt", 0, 0,
            (o, _) => o.Contains("Linden dam", StringComparison.Ordinal) ? null : "UTF-16 text without a BOM was not read as the story");

        // 16, 17. Batch leniency and the error policy.
        W("trailing.jsonl", "{\"id\":\"t\",\"documents\":[" + J(Story) + "]} trailing garbage\n");
        Add("batch-trailing-garbage", "16", "$RU summarize trailing.jsonl", 2);
        W("docs-null.jsonl", "{\"id\":\"n\",\"documents\":null}\n");
        Add("batch-documents-null", "16", "$RU summarize docs-null.jsonl", 2);
        W("docs-42.jsonl", "{\"id\":\"n\",\"documents\":42}\n");
        Add("batch-documents-42", "16", "$RU summarize docs-42.jsonl", 2);
        var forty = new StringBuilder();
        for (int i = 1; i <= 40; i++) forty.Append(i == 30 ? "{\"id\": broken\n" : "{\"id\":\"l" + i + "\",\"documents\":[" + J(Story) + "]}\n");
        W("forty.jsonl", forty.ToString());
        Add("batch-bad-line-stop", "17", "$RU summarize forty.jsonl --format json --quiet", 2, 0, (o, _) => Lines(o) == 29 ? null : $"expected the 29 lines before the bad one, got {Lines(o)}");
        Add("batch-bad-line-skip", "17", "$RU summarize forty.jsonl --format json --quiet --on-error skip", 2, 0,
            (o, e) => Lines(o) == 39 && e.Contains("line 30", StringComparison.Ordinal) ? null : $"expected 39 lines and line 30 reported, got {Lines(o)}", many: true);

        // 18. lead keeps the word budget.
        W("long-lead.txt", string.Join(' ', Enumerable.Range(0, 300).Select(i => "word" + i.ToString(CultureInfo.InvariantCulture))) + ". The council met on Monday to approve the budget. It passed by seven votes to two.");
        Add("lead-word-budget", "18", "$RU summarize long-lead.txt --algorithm lead --words 50 --format json", 0, 0, (o, _) =>
        {
            using var doc = System.Text.Json.JsonDocument.Parse(o);
            var s = doc.RootElement.TryGetProperty("summary", out var v) ? v.GetString() ?? "" : "";
            int words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            return words <= 50 ? null : $"lead summary has {words} words for --words 50";
        });

        // Extras: huge lines, control characters, encodings, truncated files, binary, empty, JSON depth, XML attacks.
        long hugeWords = W("huge-line-words.txt", Repeat("council budget vote harbor ", 40_000 * scale));
        Add("huge-line-no-punctuation", "extra", "$RU summarize huge-line-words.txt --format json", 0, hugeWords);
        long hugeToken = W("huge-token.txt", Repeat("a", 1_000_000 * scale));
        Add("huge-single-token", "extra", "$RU summarize huge-token.txt --format json", 0, hugeToken);
        long manySent = W("many-sentences.txt", Repeat(Para, 20_000 * scale / 2));
        Add("many-sentences-1mb", "extra", "$RU summarize many-sentences.txt --format json", 0, manySent);
        long distinct = W("distinct.txt", string.Concat(Enumerable.Range(0, 12_000 * scale).Select(i => $"Resident {i} of ward {i % 97} said the {Word(i)} plan would cost {i % 500} dollars. ")));
        Add("distinct-sentences-1mb", "extra", "$RU summarize distinct.txt --format json", 0, distinct);
        Add("distinct-sentences-facts", "3", "$RU summarize distinct.txt --facts --format json", 0, distinct);
        Add("distinct-cluster", "extra", "$RU cluster distinct.txt many-sentences.txt story.txt --format json", 0, distinct + manySent);
        var ctrl = new StringBuilder();
        for (int c = 0; c < 32; c++) if (c is not (0 or 9 or 10 or 13)) ctrl.Append((char)c).Append(' ');
        W("control-chars.txt", ctrl + Story + "\u0085\u2028\u2029\u200b\ufeff" + Story);
        AddAny("control-characters-dense", "extra", "$RU summarize control-chars.txt", [0, 2], 0, (o, _) => HasControl(o) ? "control characters in the output" : null);
        W("control-sparse.txt", Story.Replace("officials", "offi\u0007cials\u001b[2J", StringComparison.Ordinal).Replace("Engineers", "\u0085Engineers\u202e", StringComparison.Ordinal) + " " + Story);
        Add("control-characters-sparse", "extra", "$RU summarize control-sparse.txt", 0, 0, (o, _) => HasControl(o) ? "control characters in the output" : null);
        B("utf8-bom.txt", [.. Utf8.GetPreamble(), .. Utf8.GetBytes(Story)]);
        Add("encoding-utf8-bom", "extra", "$RU summarize utf8-bom.txt", 0);
        B("utf16le-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Story)]);
        Add("encoding-utf16le-bom", "extra", "$RU summarize utf16le-bom.txt", 0);
        B("utf16be-bom.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Story)]);
        Add("encoding-utf16be-bom", "extra", "$RU summarize utf16be-bom.txt", 0);
        B("utf32-bom.txt", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Story)]);
        AddAny("encoding-utf32-bom", "extra", "$RU summarize utf32-bom.txt", [0, 2]);
        B("cp1252.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners said the dam opened on Monday. Na\u00efve plans were dropped, officials said in a statement."));
        Add("encoding-windows1252", "extra", "$RU summarize cp1252.txt", 0);
        B("invalid-utf8.txt", [.. Utf8.GetBytes("The dam opened on Monday "), 0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, .. Utf8.GetBytes(" and officials said it was early.")]);
        Add("encoding-invalid-utf8", "extra", "$RU summarize invalid-utf8.txt", 0);
        W("double-encoded.txt", "CafÃ© owners said the dam opened on Monday. The board said it was early in the year.");
        Add("encoding-double-utf8", "extra", "$RU summarize double-encoded.txt", 0);
        var cut = Utf8.GetBytes("Caf\u00e9 owners said the dam opened on Monday after a wet winter, officials said \u00e9");
        B("truncated-utf8.txt", cut[..^1]);
        Add("truncated-utf8", "extra", "$RU summarize truncated-utf8.txt", 0);
        var line = "{\"id\":\"t\",\"documents\":[" + J(Story) + "]}";
        W("truncated.jsonl", line + "\n" + line[..(line.Length / 2)]);
        Add("truncated-jsonl", "extra", "$RU summarize truncated.jsonl --format json --quiet", 2, 0, (o, _) => Lines(o) == 1 ? null : "the whole line before the cut was not written");
        W("truncated.html", "<html><head><title>Dam</title></head><body><article><p>" + Story + "</p><p>More <a href=\"http://x");
        Add("truncated-html", "extra", "$RU summarize truncated.html", 0);
        W("truncated-feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Dam</title><description>" + Story);
        Add("truncated-feed", "extra", "$RU summarize truncated-feed.xml", 2);
        B("truncated.gz", [0x1f, 0x8b, 0x08, 0x00]);
        Add("truncated-gzip", "extra", "$RU summarize truncated.gz", 2);
        var rnd = new Random(17);
        var noise = new byte[200_000];
        rnd.NextBytes(noise);
        B("random.txt", noise);
        Add("binary-as-txt", "extra", "$RU summarize random.txt", 2);
        Add("binary-on-stdin", "extra", "$RU summarize < random.txt", 2);
        W("empty.txt", "");
        Add("empty-file", "extra", "$RU summarize empty.txt", 2);
        W("blank.txt", "   \n\n\t\n");
        Add("blank-file", "extra", "$RU summarize blank.txt", 2);
        Add("missing-file", "extra", "$RU summarize no-such-file.txt", 2);
        Add("empty-stdin", "extra", "$RU summarize < /dev/null", 2);
        W("deep-json.jsonl", "{\"id\":\"d\",\"documents\":[" + Repeat("[", 100_000) + Repeat("]", 100_000) + "]}\n");
        Add("json-deep-nesting", "extra", "$RU summarize deep-json.jsonl", 2);
        W("deep-json-object.jsonl", "{\"id\":\"d\",\"x\":" + Repeat("{\"a\":", 50_000) + "1" + Repeat("}", 50_000) + ",\"documents\":[" + J(Story) + "]}\n");
        Add("json-deep-object", "extra", "$RU summarize deep-json-object.jsonl", 2);
        W("json-array.jsonl", "[" + J(Story) + "]\n");
        Add("json-array-file", "extra", "$RU summarize json-array.jsonl", 2);
        var lols = string.Concat(Enumerable.Range(2, 8).Select(k => $"<!ENTITY lol{k} \"{string.Concat(Enumerable.Repeat(k == 2 ? "&lol;" : $"&lol{k - 1};", 10))}\">"));
        W("laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">" + lols + "]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title><description>" + Story + "</description></item></channel></rss>");
        AddAny("xml-entity-expansion", "extra", "$RU summarize laughs.xml", [0, 2], 0, (o, _) => o.Length > 1 << 20 ? "an expanded entity reached the output" : null);
        W("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>T</title><item><title>&x;</title><description>" + Story + "</description></item></channel></rss>");
        AddAny("xml-external-entity", "extra", "$RU summarize xxe.xml", [0, 2], 0, (o, _) => o.Contains("root:", StringComparison.Ordinal) ? "a local file leaked into the output" : null);
        long mn = W("multinews-many.txt", string.Join(" ||||| ", Enumerable.Range(0, 10_000 * scale).Select(i => $"Town {i} voted on Monday. The budget passed.")));
        Add("multinews-10000-docs", "extra", "$RU summarize multinews-many.txt --format json", 0, mn);
        for (int i = 0; i < 500; i++) W($"wide/{i:D4}.txt", $"Town {i} approved its budget on Monday after a long debate. The mayor called it a responsible choice.");
        Add("folder-500-files", "extra", "$RU summarize wide --format json", 0, 500 * 110);
        Add("digest-500-files", "extra", "$RU digest wide --format html", 0, 500 * 110);
        long longTitle = W("long-title.html", "<html><head><title>" + Repeat("Dam ", 250_000) + "</title></head><body><p>" + Story + "</p></body></html>");
        Add("html-1mb-title", "extra", "$RU summarize long-title.html --format json", 0, longTitle);
        long manyP = W("many-paragraphs.html", "<html><body>" + string.Concat(Enumerable.Range(0, 10_000 * scale).Select(i => $"<p>Paragraph {i}: the council voted on the {Word(i)} budget.</p>")) + "</body></html>");
        Add("html-10000-paragraphs", "extra", "$RU summarize many-paragraphs.html --format json", 0, manyP);
        long tooBig = WriteSparse(dir, "too-big.txt", 65L << 20);
        Add("file-over-64mb", "extra", "$RU summarize too-big.txt", 2, tooBig);
        Add("batch-via-stdin-skip", "17", "$RU summarize --format json --quiet --on-error skip < forty.jsonl", 2, 0, (o, _) => Lines(o) == 39 ? null : $"expected 39 lines, got {Lines(o)}", many: true);
        Add("huge-line-on-stdin", "5", "$RU summarize --format json < huge-line.jsonl", 2, hb);
        return cases;
    }

    /// <summary>Null when <paramref name="text"/> is exactly <paramref name="expected"/> (any number when negative) lines that each parse as JSON.</summary>
    private static string? WholeJsonLines(string text, int expected)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int bad = 0;
        foreach (var l in lines)
        {
            try { using var _ = System.Text.Json.JsonDocument.Parse(l); }
            catch (System.Text.Json.JsonException) { bad++; }
        }
        return (expected < 0 || lines.Length == expected) && bad == 0 ? null : $"expected {expected} whole JSON lines, got {lines.Length} with {bad} broken";
    }

    /// <summary>A Markdown link whose target is a script: "](javascript:" not escaped by a backslash.</summary>
    private static bool LiveLink(string o)
    {
        for (int i = o.IndexOf("](javascript", StringComparison.OrdinalIgnoreCase); i >= 0; i = o.IndexOf("](javascript", i + 1, StringComparison.OrdinalIgnoreCase))
            if (i == 0 || o[i - 1] != '\\') return true;
        return false;
    }

    private static string Word(int i) => ((string[])["harbor", "school", "water", "transit", "housing", "park", "library"])[i % 7];

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static int Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Cut(string s) => s.Length <= 200 ? s : s[..200] + "…";

    /// <summary>Any character a terminal would act on (C0 but tab and newline, DEL, C1, bidi overrides).</summary>
    public static bool HasControl(string s) =>
        s.Any(c => (c < ' ' && c is not ('\n' or '\t')) || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069');

    private static long WriteBytes(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }

    private static long WriteSparse(string dir, string name, long length)
    {
        using var s = File.Create(Path.Combine(dir, name));
        s.SetLength(length);
        return length;
    }
}
