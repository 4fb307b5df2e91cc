using System.CommandLine;
using Reputation.Cli.Commands;

var root = new RootCommand("Reputation: real-time brand reputation and tweet-risk monitoring. Backtest commands run the live service's code.")
{
    ProduceCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
