using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class RebalanceTests
{
    /// <summary>
    /// Under KIP-848 a member can commit while it gives partitions up: whatever it delivered from them is committed
    /// before they move, so the new owner starts after it. (The classic protocol rejects commits during parts of a
    /// rebalance, so there re-delivery is possible and only "nothing lost" holds; FaultToleranceTests covers that.)
    /// With write-behind brands, the hand-over has them store at once rather than after PersistAfterMs, or what they
    /// applied would be read again by the new owner.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hand_over_under_KIP_848_delivers_nothing_twice(bool writeBehind)
    {
        await using var bed = new KafkaTestBed(partitions: 6, groupProtocol: "consumer");
        bed.Options.PersistAfterMs = 600_000;
        // A long linger keeps the first member collecting, so the revocation finds messages read but not yet delivered.
        bed.Options.BatchLingerMs = 3_000;
        bed.Options.MaxBatchSize = 10_000;
        var brands = Enumerable.Range(0, 24).Select(i => $"brand-{i}").ToArray();
        var first = new RecordingSink { WriteBehind = writeBehind };
        var second = new RecordingSink { WriteBehind = writeBehind };
        await bed.StartConsumerAsync(first);
        var round = 0;
        var produced = new List<string>();

        async Task ProduceRoundAsync()
        {
            var mentions = brands.Select(b => TestMentions.Valid(b, round)).ToList();
            round++;
            await bed.ProduceAsync(mentions);
            produced.AddRange(mentions.Select(m => m.Id));
        }

        for (var i = 0; i < 5; i++)
        {
            await ProduceRoundAsync();
        }

        await Eventually.TrueAsync(() => first.AppliedCount >= 120, "the first batch delivered");
        await ProduceRoundAsync();
        await bed.StartConsumerAsync(second);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (second.AppliedCount == 0 && DateTime.UtcNow < deadline)
        {
            await ProduceRoundAsync();
            await Task.Delay(100);
        }

        var ids = produced.ToHashSet();
        await Eventually.TrueAsync(
            () => first.AllApplied().Values.Concat(second.AllApplied().Values).SelectMany(x => x).ToHashSet().SetEquals(ids),
            "every mention delivered by one consumer or the other");
        // Finished before hand-over: the new owner starts after them, so nothing is delivered twice.
        var twice = first.AppliedCounts().Concat(second.AppliedCounts()).GroupBy(kv => kv.Key).Where(g => g.Sum(kv => kv.Value) > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} mentions delivered more than once, e.g. {string.Join(", ", twice.Take(5))}");
    }
}
