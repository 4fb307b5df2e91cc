using Reputation.Cli;
using Reputation.Cli.Commands;

return await CliApp.RunAsync(args, CliConsole.Process());
