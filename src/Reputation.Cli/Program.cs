using System.CommandLine;
using Reputation.Cli.Commands;

var root = new RootCommand("Reputation: real-time brand reputation and tweet-risk monitoring. Backtest commands run the live service's code.")
{
    ProduceCommand.Create(),
    ScoreCommand.Create(),
    DetectCommandLine.Create(),
    ReplayCommand.Create(),
    TrainCommand.Create(),
    EvalSentimentCommand.Create(),
    KafkaCommand.Create(),
    BenchCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
