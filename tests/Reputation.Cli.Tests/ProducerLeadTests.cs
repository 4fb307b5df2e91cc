using Reputation.Cli.Bench;

namespace Reputation.Cli.Tests;

/// <summary>The bench's load stays within what the embedded broker holds unread.</summary>
public sealed class ProducerLeadTests
{
    [Fact]
    public async Task The_load_waits_at_its_lead_until_the_grains_count_more()
    {
        var lead = new ProducerLead(1_000);
        lead.Report(500);
        lead.WaitForRoom(1_499, CancellationToken.None);

        var waiting = Task.Run(() => lead.WaitForRoom(1_500, CancellationToken.None));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "1,000 ahead of the count: the load must wait");

        lead.Report(501);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_cancelled_run_stops_waiting()
    {
        var lead = new ProducerLead(10);
        using var cancel = new CancellationTokenSource();
        var waiting = Task.Run(() => lead.WaitForRoom(10, cancel.Token));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7_864, 1)]
    [InlineData(7_865, 2)]
    [InlineData(500_000, 64)]
    [InlineData(1_000_000_000, 1_000)]
    public void A_topic_gets_partitions_for_3_MiB_of_mentions_each(long mentions, int partitions) =>
        Assert.Equal(partitions, BenchPartitions.ToHold(mentions));

    [Theory]
    [InlineData(12, 10_000, 12 * 7_864)]
    [InlineData(12, 30, 7 * 7_864)]
    [InlineData(12, 1, 7_864)]
    [InlineData(48, 100, 25 * 7_864)]
    public void The_lead_is_what_the_partitions_the_brands_fill_can_hold(int partitions, int brands, long lead) =>
        Assert.Equal(lead, BenchPartitions.Lead(partitions, brands));
}
