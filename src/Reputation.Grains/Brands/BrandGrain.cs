using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Live;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.Grains.Alerts;
using Reputation.Grains.Live;
using Reputation.Grains.Timeline;

namespace Reputation.Grains.Brands;

/// <summary>
/// One brand's stream. Everything runs in event time (publishedAt): buckets, baselines and incidents
/// follow the data's clock, which is how <c>replay</c> and the live service share one code path.
/// State is written behind: a batch is applied in memory and stored with a later one (see
/// <see cref="IBrandGrain.Apply"/>), except that an alert change is always stored before it is announced.
/// </summary>
public sealed class BrandGrain(
    [PersistentState("brand", StorageNames.Brands)] IPersistentState<BrandState> state,
    BrandDetectorsFactory detectorsFactory,
    LiveActivityOutbox live,
    ILogger<BrandGrain> logger) : Grain, IBrandGrain
{
    private const int MaxFeedItemsPerBatch = 25;
    private const int MaxLiveMinutes = 3;
    /// <summary>When the newest mention is this close to the wall clock, the brand is live and the wall clock may move event time.</summary>
    private static readonly TimeSpan LiveHorizon = TimeSpan.FromHours(1);

    private MinuteSeries series = null!;
    private RecentMentionIds recentIds = null!;
    private AlertBook alerts = null!;
    private BrandDetectors detectors = null!;
    private readonly RecentActivity activity = new();
    private Brand? defaultProfile;
    private string? brandId;

    /// <summary>Numbers this activation's batches, so callers know which ones a write covered.</summary>
    private readonly Guid activation = Guid.NewGuid();
    private long sequence;
    private long persistedSequence;
    private bool dirty;
    private Guid previousActivation;
    private long previousPersistedSequence;

    /// <summary>Decoded once: the key is stored as UTF-8, and reading it decodes a new string each time (three per mention).</summary>
    private string BrandId => brandId ??= this.GetPrimaryKeyString();

    /// <summary>Kept, not rebuilt per call: tweet-risk analysis caches what it derives from a profile by identity.</summary>
    private Brand Profile => state.State.Profile ?? (defaultProfile ??= Brand.Default(BrandId));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        series = MinuteSeriesPacking.Unpack(state.State.NewestMinute, state.State.SparseMinutes, state.State.PackedMinutes);
        recentIds = RecentMentionIds.Restore(state.State.RecentIds);
        alerts = new AlertBook(state.State.Alerts, BrandId, new AlertBookOptions());
        detectors = detectorsFactory.Create(state.State.Detectors);
        previousActivation = state.State.WrittenBy;
        previousPersistedSequence = state.State.WrittenThrough;
        ReleaseSnapshots();

        // Quiet live brands still need time to pass so incidents close; pending announcements are retried here too.
        this.RegisterGrainTimer(OnTick, new GrainTimerCreationOptions(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)));
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (dirty)
        {
            try
            {
                await Store([]);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Not lost: the callers see that these batches were never stored and deliver them again.
                logger.LogWarning(ex, "Storing {Brand} on deactivation failed", BrandId);
            }
        }
    }

    public async Task<IngestResult> Ingest(IReadOnlyList<ScoredMention> batch)
    {
        var receipt = await Apply(batch, persistNow: true);
        return new IngestResult(receipt.Accepted, receipt.Duplicates);
    }

    public async Task<IngestReceipt> Persist()
    {
        if (dirty)
        {
            await Store([]);
        }

        return Receipt(0, 0);
    }

    public async Task<IngestReceipt> Apply(IReadOnlyList<ScoredMention> batch, bool persistNow)
    {
        sequence++;
        var accepted = new List<ScoredMention>(batch.Count);
        foreach (var scored in InEventTimeOrder(batch))
        {
            if (scored.Mention.Brand != BrandId || !recentIds.TryAdd(scored.Mention.Id))
            {
                continue;
            }

            if (!series.Add(scored.Mention.PublishedAt, Sign(scored.Sentiment.Label)))
            {
                continue; // Older than the retention: nothing can be done with it any more.
            }

            accepted.Add(scored);
            activity.Observe(scored, BrandId);
            state.State.DayTerms.Observe(scored, BrandId);
            BrandMetrics.Sentiment(scored.Sentiment.Label, scored.Language);
        }

        var duplicates = batch.Count - accepted.Count;
        BrandMetrics.Duplicates(duplicates);
        if (accepted.Count == 0)
        {
            if (dirty && persistNow)
            {
                await Store([]);
            }
            else if (!dirty)
            {
                // Nothing changed and nothing is unstored: this batch is as durable as the state.
                persistedSequence = sequence;
            }

            return Receipt(0, duplicates);
        }

        state.State.TotalMentions += accepted.Count;
        var newest = accepted[^1].Mention.PublishedAt;
        if (newest > state.State.Clock)
        {
            state.State.Clock = newest;
        }

        state.State.LastMentionAt = state.State.Clock;
        var changes = ApplyCommands(detectors.Observe(accepted, series, Profile, activity, state.State.Clock), state.State.Clock);
        // Set before the write: if it fails, a retry finds these mentions already counted, and must not take
        // the state for stored.
        dirty = true;
        if (persistNow || changes.Count > 0)
        {
            await Store(changes);
        }

        PublishLive(accepted);
        await Announce();
        return Receipt(accepted.Count, duplicates);
    }

    /// <summary>Most batches hold one mention, or arrive in order already: sorted only when they need it.</summary>
    private static IEnumerable<ScoredMention> InEventTimeOrder(IReadOnlyList<ScoredMention> batch)
    {
        for (var i = 1; i < batch.Count; i++)
        {
            if (batch[i].Mention.PublishedAt < batch[i - 1].Mention.PublishedAt)
            {
                return batch.OrderBy(s => s.Mention.PublishedAt);
            }
        }

        return batch;
    }

    private IngestReceipt Receipt(int accepted, int duplicates) => new()
    {
        Accepted = accepted,
        Duplicates = duplicates,
        Activation = activation,
        Sequence = sequence,
        PersistedSequence = persistedSequence,
        PreviousActivation = previousActivation,
        PreviousPersistedSequence = previousPersistedSequence,
    };

    public async Task AdvanceClock(DateTimeOffset now)
    {
        if (now <= state.State.Clock)
        {
            return;
        }

        state.State.Clock = now;
        await Store(ApplyCommands(detectors.Advance(series, Profile, activity, now), now));
        await Announce();
    }

    /// <summary>Turns detector commands into alert changes, then closes incidents that went quiet.</summary>
    private List<AlertChange> ApplyCommands(IReadOnlyList<AlertCommand> commands, DateTimeOffset now)
    {
        var changes = new List<AlertChange>();
        foreach (var command in commands)
        {
            var change = command switch
            {
                AlertCommand.Apply apply => alerts.Apply(apply.Finding),
                AlertCommand.Close close => alerts.Close(close.Type, close.IncidentKey, now, close.Why, close.Final),
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        changes.AddRange(alerts.CloseQuiet(now));
        return changes;
    }

    public Task<BrandTimeline> GetTimeline(int minutes)
    {
        minutes = Math.Clamp(minutes, 1, series.Retention);
        var end = series.NewestMinute == long.MinValue ? MinuteSeries.MinuteOf(DateTimeOffset.UtcNow) : Math.Max(series.NewestMinute, MinuteSeries.MinuteOf(state.State.Clock));
        var buckets = series.Buckets(end - minutes + 1, end);
        return Task.FromResult(new BrandTimeline(BrandId, detectors.WithExpectations(buckets)));
    }

    public Task<BrandOverview> GetOverview()
    {
        var empty = series.NewestMinute == long.MinValue;
        var end = empty ? 0 : MinuteSeries.MinuteOf(state.State.Clock) + 1;
        var (total, negative, _) = empty ? (0, 0, 0) : series.Sum(end - 60, end);
        var open = alerts.Open.GroupBy(a => a.Severity).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count());
        return Task.FromResult(new BrandOverview
        {
            Brand = BrandId,
            Name = Profile.Name,
            TotalMentions = state.State.TotalMentions,
            LastHourTotal = total,
            LastHourNegative = negative,
            LastHourExpected = empty ? null : detectors.ExpectedNegative(end - 60, end),
            OpenAlertsBySeverity = open,
            LastMentionAt = state.State.LastMentionAt,
            TopTerms = activity.TopTerms(),
            LoudestAuthors = activity.LoudestAuthors(),
        });
    }

    public Task<BrandVolume> GetVolume(DateTimeOffset from, DateTimeOffset to)
    {
        if (series.NewestMinute == long.MinValue || to <= from)
        {
            return Task.FromResult(new BrandVolume { NewestMinute = series.NewestMinute == long.MinValue ? null : MinuteSeries.StartOf(series.NewestMinute) });
        }

        // The minute holding the last instant before `to` is included; a `to` on a minute boundary excludes that minute.
        // Sum reads only the kept minutes, which is the clamp to the retention.
        var toMinute = MinuteSeries.MinuteOf(to.AddTicks(-1)) + 1;
        var (total, negative, positive) = series.Sum(MinuteSeries.MinuteOf(from), toMinute);
        return Task.FromResult(new BrandVolume
        {
            Total = total,
            Negative = negative,
            Neutral = total - negative - positive,
            Positive = positive,
            NewestMinute = MinuteSeries.StartOf(series.NewestMinute),
        });
    }

    public Task<IReadOnlyList<TermCount>> GetDayTerms(DateOnly day, int count) => Task.FromResult(state.State.DayTerms.Top(day, count));

    public Task<IReadOnlyList<Alert>> GetAlerts() => Task.FromResult(alerts.Alerts);

    public async Task<Alert?> ChangeAlertStatus(string alertId, AlertStatus status, string by)
    {
        var change = alerts.SetStatus(alertId, status, by, DateTimeOffset.UtcNow);
        if (change is null)
        {
            return null;
        }

        await Store([change]);
        await Announce();
        return change.Alert;
    }

    public Task<Brand> GetProfile() => Task.FromResult(Profile);

    public async Task SetProfile(Brand profile)
    {
        state.State.Profile = profile;
        await Store([]);
    }

    private async Task OnTick(CancellationToken cancellationToken)
    {
        var wallNow = DateTimeOffset.UtcNow;
        if (state.State.LastMentionAt is { } last && wallNow - last < LiveHorizon && wallNow > state.State.Clock)
        {
            await AdvanceClock(wallNow);
        }
        else if (state.State.Pending.Count > 0)
        {
            await Announce();
        }
        else if (dirty)
        {
            // Callers other than the ingestion lanes may never ask for a write.
            await Store([]);
        }
    }

    /// <summary>Writes the whole state, which makes every batch applied so far durable.</summary>
    private async Task Store(IReadOnlyList<AlertChange> changes)
    {
        foreach (var change in changes)
        {
            state.State.Pending.Add(new PendingAnnouncement(change.Alert, change.EventName));
            BrandMetrics.Alert(change.Alert, change.EventName);
        }

        state.State.NewestMinute = series.NewestMinute;
        state.State.SparseMinutes = MinuteSeriesPacking.Pack(series);
        state.State.PackedMinutes = null;
        state.State.RecentIds = recentIds.Snapshot();
        state.State.Detectors = detectors.Snapshot();
        state.State.WrittenBy = activation;
        state.State.WrittenThrough = sequence;
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            ReleaseSnapshots();
        }

        persistedSequence = sequence;
        dirty = false;
    }

    /// <summary>
    /// The packed minutes, id ring and detector snapshots are only for writing (the live objects are the truth once
    /// active). Held until the next write, every one of them outlived the young GC generation: at 10,000 brands that
    /// was a large part of what each collection had to promote. The detectors' state object stays (it is theirs, not
    /// a copy); only the snapshots inside it go.
    /// </summary>
    private void ReleaseSnapshots()
    {
        state.State.SparseMinutes = null;
        state.State.PackedMinutes = null;
        state.State.RecentIds = null;
        detectors.ReleaseSnapshots();
    }

    /// <summary>
    /// Hands stored alert changes to the index, which relays them to the live view and webhooks. They were
    /// persisted first, so a failure here only delays them: the timer sends them again.
    /// </summary>
    private async Task Announce()
    {
        if (state.State.Pending.Count == 0)
        {
            return;
        }

        var index = GrainFactory.GetGrain<IAlertIndexGrain>(0);
        try
        {
            foreach (var pending in state.State.Pending.ToList())
            {
                await index.Publish(pending.Alert, pending.EventName);
                state.State.Pending.Remove(pending);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Alert announcements for {Brand} are delayed; {Count} will be retried", BrandId, state.State.Pending.Count);
        }
    }

    /// <summary>Hands the batch's changed minutes and newest mentions to the silo's outbox, which sends them on with other brands'.</summary>
    private void PublishLive(IReadOnlyList<ScoredMention> accepted)
    {
        // Accepted mentions are in publishedAt order, so the newest minutes they touched are at the end.
        var newest = new List<long>(MaxLiveMinutes);
        for (var i = accepted.Count - 1; i >= 0 && newest.Count < MaxLiveMinutes; i--)
        {
            var minute = MinuteSeries.MinuteOf(accepted[i].Mention.PublishedAt);
            if (newest.Count == 0 || newest[^1] != minute)
            {
                newest.Add(minute);
            }
        }

        var minutes = new List<TimelineBucket>(newest.Count);
        for (var i = newest.Count - 1; i >= 0; i--)
        {
            minutes.Add(detectors.WithExpectations(series.Buckets(newest[i], newest[i]))[0]);
        }

        var feed = new List<MentionFeedItem>(Math.Min(accepted.Count, MaxFeedItemsPerBatch));
        for (var i = Math.Max(0, accepted.Count - MaxFeedItemsPerBatch); i < accepted.Count; i++)
        {
            feed.Add(ToFeedItem(accepted[i]));
        }

        live.Post(BrandId, minutes, feed);
    }

    private static MentionFeedItem ToFeedItem(ScoredMention s) => new()
    {
        Id = s.Mention.Id,
        Text = s.Mention.Text.Length <= 500 ? s.Mention.Text : s.Mention.Text[..500] + "…",
        PublishedAt = s.Mention.PublishedAt,
        Source = s.Mention.Source,
        Author = s.Mention.Author?.Handle,
        Followers = s.Mention.Author?.Followers ?? 0,
        Url = s.Mention.Url,
        Sentiment = s.Sentiment.Label switch
        {
            SentimentLabel.Negative => "negative",
            SentimentLabel.Positive => "positive",
            _ => "neutral",
        },
        Score = Math.Round(s.Sentiment.Score, 3),
        Language = s.Language,
    };

    private static int Sign(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => -1,
        SentimentLabel.Positive => 1,
        _ => 0,
    };
}
