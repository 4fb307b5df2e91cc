using System.CommandLine;
using Reputation.Ingestion.Embedded;

namespace Reputation.Cli.Commands;

/// <summary>
/// <c>reputation kafka</c>: runs librdkafka's mock cluster as its own process, with the service's topics, so
/// that several silo processes on one machine share one Kafka (local clusters and the multi-silo tests).
/// </summary>
internal static class KafkaCommand
{
    public static Command Create(CliConsole console)
    {
        var brokers = new Option<int>("--brokers") { Description = "Number of mock brokers.", DefaultValueFactory = _ => 1 };
        var partitions = new Option<int>("--partitions") { Description = "Partitions of the mentions topic.", DefaultValueFactory = _ => 12 };

        var command = new Command("kafka", "Run an in-memory Kafka (librdkafka's mock cluster) with the mentions topics until stopped.") { brokers, partitions };
        command.SetAction(async (parse, ct) =>
        {
            using var cluster = new EmbeddedKafkaCluster(parse.GetValue(brokers));
            cluster.CreateTopic("mentions", parse.GetValue(partitions));
            cluster.CreateTopic("mentions.deadletter", parse.GetValue(partitions));
            console.Out.WriteLine($"bootstrap={cluster.BootstrapServers}");
            console.Out.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            return CliIo.ExitCodes.Ok;
        });
        return command;
    }
}
