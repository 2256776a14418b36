using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Tests.Stories;

/// <summary>
/// Articles written for these tests (invented towns, outlets and people) in Fixtures/stories: a bridge story of three
/// articles (the third, a day later, adds news the first two did not carry), a strike story of two, a museum article
/// on its own.
/// </summary>
public static class StoryFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "stories");

    public static string File(string name) => Path.Combine(Folder, name);

    public static List<Article> Load(params string[] names)
        => [.. InputLoader.LoadArticles(names.Length == 0 ? [Folder] : [.. names.Select(File)], TextReader.Null, new InputOptions())];
}
