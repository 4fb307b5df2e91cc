using System.CommandLine;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Cli.Commands;

/// <summary><c>reputation produce</c>: sends a JSONL file of mentions to Kafka, keyed by brand.</summary>
internal static class ProduceCommand
{
    private const int ChunkSize = 5_000;

    public static Command Create(CliConsole console)
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "JSONL file of mentions (contract section 1); - for standard input.", Required = true };
        var bootstrap = new Option<string?>("--bootstrap", "-b") { Description = "Kafka bootstrap servers. Default: ask the local server (--server) for its address." };
        var server = new Option<Uri>("--server") { Description = "The Reputation server to ask for the Kafka address.", DefaultValueFactory = _ => new Uri("http://localhost:8080") };
        var apiKey = new Option<string?>("--api-key") { Description = "API key for --server (default: the REPUTATION_API_KEY environment variable)." };
        var topic = new Option<string>("--topic") { Description = "Topic to produce to.", DefaultValueFactory = _ => "mentions" };

        var command = new Command("produce", "Send a file of mentions to Kafka. Invalid lines are named on standard error and skipped.")
        {
            input, bootstrap, server, apiKey, topic,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (file.Name != "-" && !file.Exists)
            {
                await console.Error.WriteLineAsync($"error: input file not found: {file.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            var address = parse.GetValue(bootstrap) ?? await AskServer(parse.GetValue(server)!, parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("REPUTATION_API_KEY"), console.Error, ct);
            if (address is null)
            {
                return CliIo.ExitCodes.Unavailable;
            }

            using var producer = new MentionProducer(new FixedEndpoint(address),
                Options.Create(new KafkaOptions { BootstrapServers = address, Topic = parse.GetValue(topic)! }), NullLogger<MentionProducer>.Instance);
            var parser = new MentionParser(TimeProvider.System);
            var rejected = 0;
            var sent = 0;
            using var reader = CliIo.OpenInput(file, console);
            using var progress = new Progress("produce", console);
            foreach (var chunk in JsonLines.ReadMentions(reader, parser, console.Error, () => rejected++).Chunk(ChunkSize))
            {
                await producer.ProduceAsync(chunk, ct);
                sent += chunk.Length;
                progress.Report(sent, rejected);
            }

            progress.Done($"{sent} mentions sent to {address}, {rejected} lines rejected");
            return rejected > 0 ? CliIo.ExitCodes.SomeLinesRejected : CliIo.ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<string?> AskServer(Uri server, string? key, TextWriter errors, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
        if (!string.IsNullOrEmpty(key))
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        try
        {
            var info = await http.GetFromJsonAsync<KafkaInfo>("/api/system/kafka", ct);
            return info?.BootstrapServers;
        }
        catch (HttpRequestException ex)
        {
            await errors.WriteLineAsync(
                $"error: could not ask {server} for its Kafka address ({ex.StatusCode?.ToString() ?? ex.Message}). " +
                "Pass --bootstrap host:port, or --api-key (or REPUTATION_API_KEY) for the server.");
            return null;
        }
    }

    private sealed record KafkaInfo(string BootstrapServers, bool Embedded);

    private sealed class FixedEndpoint(string bootstrap) : IKafkaEndpoint
    {
        public string BootstrapServers => bootstrap;

        public bool Embedded => false;
    }
}
