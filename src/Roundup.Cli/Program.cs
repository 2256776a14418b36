using Roundup.Cli;

StartupTrace.Start();
var code = CliRunner.Invoke(CliCommands.Root(args), args);
StartupTrace.Mark("exit");
return code;
