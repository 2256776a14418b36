using System.CommandLine;
using Roundup.Cli;

var root = new RootCommand("Roundup: turns a pile of news articles into stories with sourced summaries.")
{
    SummarizeCommand.Create(),
    ClusterCommand.Create(),
    DigestCommand.Create(),
    IngestCommand.Create(),
    ServeCommand.Create(),
    EvalCommand.Create(),
};
return CliRunner.Invoke(root, args);
