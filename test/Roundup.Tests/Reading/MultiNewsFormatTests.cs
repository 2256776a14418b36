using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class MultiNewsFormatTests
{
    [Fact]
    public void Split_separates_documents_and_restores_newlines()
    {
        var text = "Harbor ferry resumes service NEWLINE_CHAR NEWLINE_CHAR The ferry ran again on Monday. ||||| A second report. NEWLINE_CHAR It adds detail. |||||   ";
        var docs = MultiNewsFormat.Split(text);
        Assert.Equal(2, docs.Count);
        Assert.Equal("Harbor ferry resumes service \n \n The ferry ran again on Monday.", docs[0]);
        Assert.Equal("A second report. \n It adds detail.", docs[1]);
    }

    [Fact]
    public void Split_accepts_separator_on_its_own_line()
    {
        var docs = MultiNewsFormat.Split("First story text.\n|||||\nSecond story text.\r\n");
        Assert.Equal(["First story text.", "Second story text."], docs);
    }

    [Fact]
    public void Text_without_markers_is_one_document_and_blank_is_none()
    {
        Assert.Single(MultiNewsFormat.Split("Just one article.\nTwo lines."));
        Assert.Empty(MultiNewsFormat.Split("  ||||| \n |||||"));
        Assert.False(MultiNewsFormat.Looks("plain | text"));
        Assert.True(MultiNewsFormat.Looks("a NEWLINE_CHAR b"));
    }
}
