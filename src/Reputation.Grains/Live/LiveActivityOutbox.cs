using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Live;

namespace Reputation.Grains.Live;

/// <summary>
/// Gathers the live updates of every brand grain in this silo and sends them to the relay together, every
/// <see cref="Interval"/>: one message per silo and interval instead of one per ingested batch, which at
/// thousands of active brands was a message storm on the single relay grain. A brand's updates within an
/// interval merge (newest bucket per minute, newest mentions). Live updates are best effort: a page that
/// missed one catches up from the API.
/// </summary>
public sealed class LiveActivityOutbox(IGrainFactory grains, ILogger<LiveActivityOutbox> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private const int MaxMentionsPerBrand = 25;
    private const int MaxBrandsPerMessage = 500;

    /// <summary>
    /// Posts wait here unmerged: brand grains post from every scheduler thread at once, and a lock around the merge
    /// was contended enough to show as several percent of busy CPU at 10,000 brands. The send merges them alone.
    /// </summary>
    private readonly ConcurrentQueue<BrandActivity> posted = new();
    private int scheduled;

    public void Post(string brand, IReadOnlyList<TimelineBucket> minutes, IReadOnlyList<MentionFeedItem> mentions)
    {
        posted.Enqueue(new BrandActivity(brand, minutes, mentions));
        if (Interlocked.CompareExchange(ref scheduled, 1, 0) == 0)
        {
            _ = SendLaterAsync();
        }
    }

    private async Task SendLaterAsync()
    {
        await Task.Delay(Interval).ConfigureAwait(false);
        // Reset before draining: a post that lands after the drain finds the flag clear and schedules the next send.
        Volatile.Write(ref scheduled, 0);
        var due = Merge();
        if (due.Count == 0)
        {
            return;
        }

        try
        {
            var relay = grains.GetGrain<ILiveRelayGrain>(0);
            foreach (var chunk in due.Select(kv => new BrandActivity(kv.Key, kv.Value.Minutes.OrderBy(b => b.Minute).ToList(), kv.Value.Mentions)).Chunk(MaxBrandsPerMessage))
            {
                await relay.PublishActivity(chunk).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live updates of {Count} brands were dropped; pages catch up from the API", due.Count);
        }
    }

    /// <summary>A brand's posts within an interval become one update: the newest bucket per minute, the newest mentions.</summary>
    private Dictionary<string, Pending> Merge()
    {
        var due = new Dictionary<string, Pending>(StringComparer.Ordinal);
        while (posted.TryDequeue(out var post))
        {
            if (!due.TryGetValue(post.Brand, out var entry))
            {
                due[post.Brand] = entry = new Pending();
            }

            foreach (var bucket in post.Minutes)
            {
                var known = entry.Minutes.FindIndex(b => b.Minute == bucket.Minute);
                if (known >= 0)
                {
                    entry.Minutes[known] = bucket;
                }
                else
                {
                    entry.Minutes.Add(bucket);
                }
            }

            entry.Mentions.AddRange(post.Mentions);
            if (entry.Mentions.Count > MaxMentionsPerBrand)
            {
                entry.Mentions.RemoveRange(0, entry.Mentions.Count - MaxMentionsPerBrand);
            }
        }

        return due;
    }

    private sealed class Pending
    {
        /// <summary>A few minutes at most (each batch touches its newest three), so a list beats a sorted map.</summary>
        public List<TimelineBucket> Minutes { get; } = [];

        public List<MentionFeedItem> Mentions { get; } = [];
    }
}
