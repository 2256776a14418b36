using Roundup.Embeddings;

namespace Roundup.Tests.Embeddings;

public sealed class MiniLmTokenizerTests
{
    private static readonly MiniLmTokenizer Tokenizer = MiniLmTokenizer.Create(16);

    [Fact]
    public void Encodes_with_the_uncased_bert_vocabulary_and_special_tokens()
    {
        // Ids of the standard bert-base-uncased vocabulary, which all-MiniLM-L6-v2 uses:
        // [CLS]=101, hello=7592, ","=1010, world=2088, "!"=999, [SEP]=102.
        Assert.Equal([101, 7592, 1010, 2088, 999, 102], Tokenizer.Encode("Hello, world!"));
        Assert.Equal(0, Tokenizer.PaddingId);
    }

    [Fact]
    public void Lower_cases_and_strips_accents()
    {
        Assert.Equal(Tokenizer.Encode("hello world"), Tokenizer.Encode("HELLO World"));
        Assert.Equal(Tokenizer.Encode("cafe"), Tokenizer.Encode("Café"));
    }

    [Fact]
    public void Splits_unknown_words_into_word_pieces()
    {
        var ids = Tokenizer.Encode("unaffable");
        Assert.True(ids.Length > 3, "a rare word becomes several pieces");
        var tokens = Tokenizer.Tokens(ids[1..^1]);
        Assert.Equal("unaffable", string.Concat(tokens.Select(t => t.Replace("##", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void Truncates_to_the_maximum_keeping_the_separator()
    {
        var ids = Tokenizer.Encode(string.Join(" ", Enumerable.Repeat("the council met again", 20)));
        Assert.Equal(16, ids.Length);
        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
        Assert.Equal([101, 102], Tokenizer.Encode(""));
    }
}
