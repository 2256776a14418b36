using Roundup.Cli;
using Roundup.Pipeline;

StartupTrace.Start();
if (CliCommands.WarmsUp(args, Environment.GetEnvironmentVariable("ROUNDUP_NO_WARMUP"))) StartupWarmup.Start();
var code = CliRunner.Invoke(CliCommands.Root(args), args);
StartupTrace.Mark("exit");
return code;
