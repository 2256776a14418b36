using Roundup.Evaluation.Clustering;

namespace Roundup.Tests.Evaluation.Clustering;

public sealed class ClusteringDatasetTests
{
    [Theory]
    [InlineData("APW19990421.0123", "1999-04-21")]
    [InlineData("NYT20000825.0308", "2000-08-25")]
    [InlineData("XIE19960101.0001", "1996-01-01")]
    public void A_wire_docno_gives_its_publication_date(string docno, string date)
        => Assert.Equal(date, ClusteringDataset.DateFromDocno(docno)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("flood-1.txt")]
    [InlineData("APW1999.0123")]
    [InlineData("APW19991341.0001")]
    [InlineData("19990421")]
    public void Other_ids_give_no_date(string id) => Assert.Null(ClusteringDataset.DateFromDocno(id));
}
