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

    private readonly Lock gate = new();
    private Dictionary<string, Pending> pending = new(StringComparer.Ordinal);
    private bool scheduled;

    public void Post(string brand, IReadOnlyList<TimelineBucket> minutes, IReadOnlyList<MentionFeedItem> mentions)
    {
        lock (gate)
        {
            if (!pending.TryGetValue(brand, out var entry))
            {
                pending[brand] = entry = new Pending();
            }

            foreach (var bucket in minutes)
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

            entry.Mentions.AddRange(mentions);
            if (entry.Mentions.Count > MaxMentionsPerBrand)
            {
                entry.Mentions.RemoveRange(0, entry.Mentions.Count - MaxMentionsPerBrand);
            }

            if (!scheduled)
            {
                scheduled = true;
                _ = SendLaterAsync();
            }
        }
    }

    private async Task SendLaterAsync()
    {
        await Task.Delay(Interval).ConfigureAwait(false);
        Dictionary<string, Pending> due;
        lock (gate)
        {
            due = pending;
            pending = new Dictionary<string, Pending>(StringComparer.Ordinal);
            scheduled = false;
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

    private sealed class Pending
    {
        /// <summary>A few minutes at most (each batch touches its newest three), so a list beats a sorted map.</summary>
        public List<TimelineBucket> Minutes { get; } = [];

        public List<MentionFeedItem> Mentions { get; } = [];
    }
}
