using Confluent.Kafka;

namespace Reputation.Ingestion.Tests;

public sealed class PartitionProgressTests
{
    private readonly OffsetTracker _tracker = new();

    private PartitionProgress NewProgress() => _tracker.For(new TopicPartition("mentions", 0));

    [Fact]
    public void Commits_only_up_to_the_oldest_unfinished_message_whatever_the_order_they_finish_in()
    {
        var progress = NewProgress();
        for (long offset = 100; offset < 105; offset++)
        {
            progress.Read(offset);
        }

        Assert.Null(progress.Committable);
        progress.Finish(101);
        progress.Finish([103, 104]);
        Assert.Null(progress.Committable);
        Assert.Equal(2, progress.Unfinished);

        progress.Finish(100);
        Assert.Equal(102, progress.Committable!.Value.Value);
        progress.Finish(102);
        Assert.Equal(105, progress.Committable!.Value.Value);
        Assert.Equal(0, progress.Unfinished);
        Assert.Equal(0, _tracker.Unfinished);
    }

    [Fact]
    public void Skipped_offsets_count_as_finished_and_repeated_finishes_count_once()
    {
        var progress = NewProgress();
        progress.Read(10);
        progress.Read(13); // 11 and 12 are transaction markers the consumer never sees.
        progress.Finish(10);
        progress.Finish(10);

        Assert.Equal(13, progress.Committable!.Value.Value);
        Assert.Equal(1, _tracker.Unfinished);
    }

    [Fact]
    public void A_window_wider_than_the_initial_ring_keeps_every_flag()
    {
        var progress = NewProgress();
        for (long offset = 0; offset < 5_000; offset++)
        {
            progress.Read(offset);
        }

        // Everything but offset 0 finishes, backwards: nothing may be committed until 0 does.
        for (long offset = 4_999; offset >= 1; offset--)
        {
            progress.Finish(offset);
        }

        Assert.Null(progress.Committable);
        Assert.Equal(1, progress.Unfinished);
        progress.Finish(0);
        Assert.Equal(5_000, progress.Committable!.Value.Value);
    }

    [Fact]
    public void An_abandoned_partition_forgets_its_messages()
    {
        var progress = NewProgress();
        progress.Read(0);
        progress.Read(1);

        _tracker.Abandon([progress.Partition]);
        progress.Finish(0);

        Assert.True(progress.Abandoned);
        Assert.Equal(0, _tracker.Unfinished);
        Assert.Equal(0, progress.Unfinished);
    }
}
