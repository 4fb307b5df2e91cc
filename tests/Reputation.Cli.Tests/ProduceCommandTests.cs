using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Reputation.Ingestion.Embedded;

namespace Reputation.Cli.Tests;

/// <summary>`reputation produce` against an in-memory Kafka: valid mentions land on `mentions` keyed by brand.</summary>
public sealed class ProduceCommandTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly EmbeddedKafkaCluster kafka = new();

    public ProduceCommandTests() => kafka.CreateTopic("mentions", 3);

    private static List<string> Input(out List<MentionLine> valid)
    {
        string[] brands = ["aerolia", "vinci", "nordbank"];
        valid = [.. Enumerable.Range(0, 12).Select(i =>
            new MentionLine($"p-{i}", brands[i % 3], "twitter", BrandTalk.Of(BrandTalk.Neutral, i, "Aerolia"), At.AddMinutes(i)))];
        List<string> lines = [.. valid.Select(m => m.ToJson())];
        lines.Insert(3, "not json at all");
        lines.Insert(7, """{"id":"p-bad","brand":"aerolia","source":"carrier-pigeon","text":"hi","publishedAt":"2026-03-02T10:00:00Z"}""");
        return lines;
    }

    [Fact]
    public async Task Valid_mentions_are_sent_keyed_by_brand_and_bad_lines_are_named()
    {
        var input = folder.WriteLines("mentions.jsonl", Input(out var valid));

        var result = await CliRun.InProcess("produce", "--input", input, "--bootstrap", kafka.BootstrapServers);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["line 4", "line 8"], result.ErrLines.Where(l => l.StartsWith("line ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':')]));
        var messages = ReadAll(valid.Count);
        Assert.Equal(valid.Select(m => m.Id).Order(), messages.Select(m => m.Id).Order());
        Assert.All(messages, m => Assert.Equal(valid.Single(v => v.Id == m.Id).Brand, m.Key));
        // One brand's mentions stay in one partition, so they keep their order.
        Assert.All(messages.GroupBy(m => m.Key), g => Assert.Single(g.Select(m => m.Partition).Distinct()));
    }

    [Fact]
    public async Task As_a_process_it_sends_to_the_given_bootstrap_and_exits_2()
    {
        var input = folder.WriteLines("mentions.jsonl", Input(out var valid));

        var result = await CliRun.Process(["produce", "--input", input, "--bootstrap", kafka.BootstrapServers]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.ErrLines, l => l.StartsWith("line 8: ", StringComparison.Ordinal) && l.Contains("source", StringComparison.Ordinal));
        Assert.Contains($"{valid.Count} mentions sent", result.Err);
        Assert.Equal(valid.Count, ReadAll(valid.Count).Count);
    }

    private List<(string Key, string Id, int Partition)> ReadAll(int expected)
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = kafka.BootstrapServers,
            GroupId = "cli-tests",
            EnableAutoCommit = false,
        }).Build();
        consumer.Assign(Enumerable.Range(0, 3).Select(p => new TopicPartitionOffset("mentions", p, Offset.Beginning)));
        var messages = new List<(string, string, int)>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (messages.Count < expected && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result)
            {
                var id = JsonDocument.Parse(Encoding.UTF8.GetBytes(result.Message.Value)).RootElement.GetProperty("id").GetString()!;
                messages.Add((result.Message.Key, id, result.Partition.Value));
            }
        }

        // A little longer, to see anything sent beyond what was expected.
        while (consumer.Consume(TimeSpan.FromMilliseconds(300)) is { IsPartitionEOF: false } extra)
        {
            messages.Add((extra.Message.Key, "extra", extra.Partition.Value));
        }

        return messages;
    }

    public void Dispose()
    {
        kafka.Dispose();
        folder.Dispose();
    }
}
