using System.Net.Http.Json;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Ingestion;
using Xunit.Abstractions;

namespace Reputation.Reliability.Tests.Ingestion;

/// <summary>
/// Garbage produced straight to the mentions topic of a running server: every bad message is parked on the
/// dead-letter topic with its reason, every good one is counted once, and the consumer keeps going.
/// </summary>
public sealed class IngestionFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261124;
    private const int Rounds = 4;
    private const int BadPerRound = 300;
    private const int GoodPerRound = 100;
    private const long HeapGrowthBound = 64L * 1024 * 1024;

    private readonly ReputationHost host = ReliabilityHost.Create();

    public Task InitializeAsync() => host.InitializeAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_bad_message_is_dead_lettered_every_good_one_counted_once_and_memory_stays_bounded()
    {
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KafkaOptions>>().Value;
        var servers = host.Services.GetRequiredService<IKafkaEndpoint>().BootstrapServers;
        using var deadLetters = new DeadLetterReader(servers, options.DeadLetterTopic);
        using var producer = new ProducerBuilder<string?, byte[]>(new ProducerConfig
        {
            BootstrapServers = servers,
            EnableIdempotence = true,
            MessageMaxBytes = 1024 * 1024,
            LingerMs = 0,
        }).Build();
        using var viewer = host.Client(ReputationHost.ViewerKey);
        var generator = new BadMessages(Seed);
        const string brand = "fuzz-good";
        var badKinds = new Dictionary<string, int>();
        var heaps = new List<long>();
        var goodIds = 0;
        var badSent = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var good = new List<RawMessage>();
            for (var i = 0; i < BadPerRound; i++)
            {
                var bad = generator.Bad(brand, $"bad-{round}-{i}");
                badKinds[bad.Kind] = badKinds.GetValueOrDefault(bad.Kind) + 1;
                await Produce(producer, options.Topic, bad);
                badSent++;
                // Good mentions interleaved with the garbage, so they share batches and partitions with it.
                if (i % 3 == 0 && good.Count < GoodPerRound)
                {
                    var mention = generator.Good(brand, $"good-{goodIds++}");
                    good.Add(mention);
                    await Produce(producer, options.Topic, mention);
                }
            }

            // The same ids again (same bytes, and once with other text): the grain must count each id once.
            foreach (var repeat in good.Take(20))
            {
                await Produce(producer, options.Topic, repeat);
            }

            var changed = BadMessages.Valid(brand, "good-" + (goodIds - 1));
            changed["text"] = "same id, different text";
            await Produce(producer, options.Topic, new RawMessage("duplicate id", brand, System.Text.Encoding.UTF8.GetBytes(BadMessages.Json(changed))));

            // A fresh mention after all the garbage: once it is counted, the consumer got past everything before it.
            var sentinel = generator.Good(brand, $"good-{goodIds++}");
            await Produce(producer, options.Topic, sentinel);
            var expected = goodIds;
            Assert.Equal(expected, await Eventually.Wait(() => Total(viewer, brand), n => n >= expected, TimeSpan.FromSeconds(60)));
            Assert.Equal(badSent, (await Eventually.Wait(() => Task.FromResult(deadLetters.Letters.Count), n => n >= badSent, TimeSpan.FromSeconds(60))));

            heaps.Add(HeapAfterFullCollection());
        }

        // Give late duplicates or stray dead letters a chance to show up before the exact counts are checked.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(goodIds, await Total(viewer, brand));
        var letters = deadLetters.Letters;
        Assert.Equal(badSent, letters.Count);
        Assert.All(letters, l => Assert.False(string.IsNullOrWhiteSpace(l.Error)));
        Assert.All(letters, l => Assert.Equal(options.Topic, l.SourceTopic));
        Assert.Equal(BadMessages.Kinds, badKinds.Count);
        output.WriteLine($"good ids {goodIds}, counted {await Total(viewer, brand)}; bad {badSent}, dead-lettered {letters.Count}; kinds: {string.Join(", ", badKinds.Select(k => $"{k.Key}={k.Value}"))}");
        output.WriteLine("GC heap after full collection per round (bytes): " + string.Join(", ", heaps.Select(h => h.ToString("N0"))));
        Assert.True(heaps[^1] - heaps[0] < HeapGrowthBound, $"GC heap after a full collection grew from {heaps[0]:N0} to {heaps[^1]:N0} bytes over {Rounds} rounds.");
    }

    private static async Task Produce(IProducer<string?, byte[]> producer, string topic, RawMessage message) =>
        await producer.ProduceAsync(topic, new Message<string?, byte[]> { Key = message.Key, Value = message.Value });

    private static async Task<long> Total(HttpClient viewer, string brand)
    {
        var overview = await viewer.GetFromJsonAsync<BrandOverview>($"/api/brands/{brand}/overview", ContractJson.Options);
        return overview!.TotalMentions;
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
