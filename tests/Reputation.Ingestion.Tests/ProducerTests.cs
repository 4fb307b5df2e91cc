using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class ProducerTests
{
    [Fact]
    public async Task Producing_to_an_unreachable_cluster_fails_within_the_message_timeout()
    {
        // Port 9 on loopback: nothing listens there.
        var options = Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:9", ProducerMessageTimeoutMs = 1_000 });
        using var endpoint = new KafkaEndpoint(options);
        using var producer = new MentionProducer(endpoint, options, NullLogger<MentionProducer>.Instance);

        var produce = producer.ProduceAsync(TestMentions.ValidSet(["acme"], 3), CancellationToken.None);
        var finished = await Task.WhenAny(produce, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.Same(produce, finished);
        var error = await Assert.ThrowsAsync<KafkaDeliveryException>(() => produce);
        Assert.StartsWith("3 of 3 messages were not acknowledged", error.Message);
    }

    [Fact]
    public async Task Too_many_messages_in_one_call_are_refused()
    {
        var options = Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:9" });
        using var endpoint = new KafkaEndpoint(options);
        using var producer = new MentionProducer(endpoint, options, NullLogger<MentionProducer>.Instance);
        var tooMany = Enumerable.Repeat(new RawMention("acme", [1]), MentionProducer.MaxMessagesPerCall + 1).ToList();
        await Assert.ThrowsAsync<ArgumentException>(() => producer.ProduceRawAsync(tooMany, CancellationToken.None));
    }
}
