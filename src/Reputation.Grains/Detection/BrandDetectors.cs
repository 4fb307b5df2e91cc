using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.Detection;
using Reputation.Detection.Influencer;
using Reputation.Detection.Reach;
using Reputation.Detection.Shift;
using Reputation.Detection.Spikes;
using Reputation.Grains.Alerts;
using Reputation.Grains.Timeline;
using Reputation.TweetRisk.Tracking;

namespace Reputation.Grains.Brands;

/// <summary>
/// The four detectors of one brand, fed in event time by the brand grain: negative spikes on reach-weighted
/// 5-minute steps, sentiment shifts on hours, influential negative voices and suspect press releases per
/// mention. A step is judged once it is a minute old, so slightly late mentions still count.
/// </summary>
internal sealed class BrandDetectors
{
    private static readonly TimeSpan Lateness = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan EvidenceWindow = TimeSpan.FromMinutes(15);
    private const int MaxRecentNegatives = 40;
    private const int MaxEvidence = 5;
    /// <summary>Silence longer than this (in steps) is not replayed step by step: the detector sees a gap.</summary>
    private const int MaxQuietStepsFed = 7 * 288;
    private const int MaxQuietHoursFed = 14 * 24;

    private readonly BrandDetectorsState state;
    private readonly NegativeSpikeDetector spike;
    private readonly SentimentShiftDetector shift;
    private readonly InfluencerNegativeDetector influencer;
    private readonly SuspectReleaseTracker releases;
    private readonly TimeSpan step;
    /// <summary>Each author's weight so far in each open step: nobody counts more than one loud voice per step.</summary>
    private readonly Dictionary<(long Step, string Author), double> authorWeights = [];

    public BrandDetectors(BrandDetectorsState state, BrandDetectorsFactory settings)
    {
        this.state = state;
        spike = new NegativeSpikeDetector(settings.Spike, state.Spike);
        shift = new SentimentShiftDetector(settings.Shift, state.Shift);
        influencer = new InfluencerNegativeDetector(settings.Influencer, state.Influencer);
        releases = new SuspectReleaseTracker(settings.Releases);
        step = settings.Spike.Step;
    }

    public IReadOnlyList<AlertCommand> Observe(IReadOnlyList<ScoredMention> accepted, MinuteSeries series, Brand profile, RecentActivity activity, DateTimeOffset clock)
    {
        var commands = new List<AlertCommand>();
        if (accepted.Count > 0)
        {
            state.NextShiftHour ??= HourOf(accepted[0].Mention.PublishedAt);
        }

        foreach (var scored in accepted)
        {
            var mention = scored.Mention;
            if (scored.PressRelease is { } assessment)
            {
                var result = releases.Observe(state.Releases, mention, assessment, profile);
                state.Releases = result.State;
                commands.AddRange(result.Decisions.Select(ToCommand));
            }

            var reach = influencer.Observe(mention.PublishedAt, mention.Author?.Followers ?? 0, mention.Engagement?.Shares ?? 0, scored.Sentiment.Score);
            if (reach.Decision != AlertDecision.None)
            {
                commands.Add(new AlertCommand.Apply(InfluencerFinding(scored, reach, profile)));
            }

            if (scored.Sentiment.Label == SentimentLabel.Negative)
            {
                AddToStep(scored);
            }
        }

        commands.AddRange(Advance(series, profile, activity, clock));
        return commands;
    }

    /// <summary>Moves event time: judges the steps and hours that are now complete, and lets quiet release incidents expire.</summary>
    public IReadOnlyList<AlertCommand> Advance(MinuteSeries series, Brand profile, RecentActivity activity, DateTimeOffset now)
    {
        var commands = new List<AlertCommand>();
        commands.AddRange(CloseSteps(series, profile, activity, now));
        commands.AddRange(CloseHours(series, profile, now));
        var expired = releases.Expire(state.Releases, now);
        state.Releases = expired.State;
        commands.AddRange(expired.Decisions.Select(ToCommand));
        return commands;
    }

    public IReadOnlyList<TimelineBucket> WithExpectations(IReadOnlyList<TimelineBucket> buckets)
    {
        var perMinute = step.TotalMinutes;
        return buckets.Select(b => Band(StepOf(b.Minute)) is var (expected, upper) && expected is not null
            ? b with { ExpectedNegative = Math.Round(expected.Value / perMinute, 3), ExpectedNegativeUpper = Math.Round(upper!.Value / perMinute, 3) }
            : b).ToList();
    }

    /// <summary>Negative mentions (reach-weighted) the baseline expected in [from, to) minutes; null when it does not know yet.</summary>
    public double? ExpectedNegative(long fromMinute, long toMinute)
    {
        double sum = 0;
        var known = false;
        var perMinute = step.TotalMinutes;
        for (var minute = fromMinute; minute < toMinute; minute++)
        {
            if (Band(StepOf(MinuteSeries.StartOf(minute))).Expected is { } e)
            {
                sum += e / perMinute;
                known = true;
            }
        }

        return known ? Math.Round(sum, 2) : null;
    }

    public BrandDetectorsState Snapshot()
    {
        state.Spike = spike.Snapshot();
        state.Shift = shift.Snapshot();
        state.Influencer = influencer.Snapshot();
        return state;
    }

    /// <summary>
    /// Drops the detector snapshots of the last write (or the ones restored at activation): the detectors hold the
    /// truth, and kept until the next write the snapshots (with the fresh state the grain used to swap in) were about
    /// a quarter of what young collections promoted at 10,000 brands.
    /// </summary>
    public void ReleaseSnapshots()
    {
        state.Spike = null;
        state.Shift = null;
        state.Influencer = null;
    }

    private void AddToStep(ScoredMention scored)
    {
        var mention = scored.Mention;
        var index = StepOf(mention.PublishedAt);
        if (index <= state.LastClosedStep)
        {
            return; // Judged already; the timeline still counts it.
        }

        var author = mention.Author?.Handle ?? mention.Author?.Id ?? mention.Id;
        var weight = ReachWeight.Of(mention.Author?.Followers ?? 0, (mention.Engagement?.Shares ?? 0) + (mention.Engagement?.Likes ?? 0) + (mention.Engagement?.Replies ?? 0));
        var already = authorWeights.GetValueOrDefault((index, author));
        var counted = Math.Min(weight, ReachWeight.MaxWeight - already);
        if (counted <= 0)
        {
            return;
        }

        authorWeights[(index, author)] = already + counted;
        var pending = state.PendingSteps.Find(p => p.Step == index);
        if (pending is null)
        {
            state.PendingSteps.Add(pending = new PendingStep { Step = index });
        }

        pending.Weight += counted;
        state.RecentNegatives.Add(new WeightedEvidence(Evidence(scored), weight));
        if (state.RecentNegatives.Count > MaxRecentNegatives)
        {
            state.RecentNegatives.RemoveAt(0);
        }
    }

    private List<AlertCommand> CloseSteps(MinuteSeries series, Brand profile, RecentActivity activity, DateTimeOffset now)
    {
        var commands = new List<AlertCommand>();
        if (state.LastClosedStep is null && state.PendingSteps.Count > 0)
        {
            state.LastClosedStep = state.PendingSteps.Min(p => p.Step) - 1;
        }

        while (state.LastClosedStep is { } last && now >= StartOf(last + 2) + Lateness)
        {
            var next = last + 1;
            var firstPending = state.PendingSteps.Count > 0 ? state.PendingSteps.Min(p => p.Step) : (long?)null;
            if (firstPending is { } first && first - next > MaxQuietStepsFed)
            {
                next = first; // A long silence: start again at the next data instead of replaying a week of zeros.
            }
            else if (firstPending is null && StepOf(now) - next > MaxQuietStepsFed)
            {
                state.LastClosedStep = StepOf(now) - MaxQuietStepsFed;
                continue;
            }

            var pending = state.PendingSteps.Find(p => p.Step == next);
            state.PendingSteps.RemoveAll(p => p.Step <= next);
            foreach (var key in authorWeights.Keys.Where(k => k.Step <= next).ToList())
            {
                authorWeights.Remove(key);
            }

            var signal = spike.Observe(StartOf(next), pending?.Weight ?? 0);
            RecordBand(next, signal);
            state.LastClosedStep = next;
            if (SpikeFinding(signal, series, profile, activity, now) is { } finding)
            {
                commands.Add(new AlertCommand.Apply(finding));
            }
        }

        return commands;
    }

    private Finding? SpikeFinding(NegativeSpikeSignal signal, MinuteSeries series, Brand profile, RecentActivity activity, DateTimeOffset now)
    {
        var loud = signal.IncidentOpen && signal.Deviation >= spike.Options.QuietDeviation;
        if (signal.Decision == AlertDecision.None && !loud)
        {
            return null;
        }

        var windowEnd = signal.Time + step;
        var windowStart = windowEnd - EvidenceWindow;
        var (_, negatives, _) = series.Sum(MinuteSeries.MinuteOf(windowStart), MinuteSeries.MinuteOf(windowEnd));
        var expected = ExpectedNegative(MinuteSeries.MinuteOf(windowStart), MinuteSeries.MinuteOf(windowEnd)) ?? signal.Expected;
        var terms = activity.TopTerms(3).Select(t => t.Term).ToList();
        // The loudest voice of the incident itself: the most followed author among its negative mentions.
        var loudest = state.RecentNegatives.Where(e => e.Evidence.PublishedAt >= windowStart && e.Evidence.Author is not null)
            .MaxBy(e => e.Evidence.Followers ?? 0)?.Evidence;
        var when = $"{signal.Time.DayOfWeek} {PartOfDay(signal.Time)} (UTC)";
        var summary = $"Negative mentions of {profile.Name} are {signal.Ratio:0.0}× the usual for a {when}: {negatives} in {EvidenceWindow.TotalMinutes:0} min vs {expected:0.#} expected"
            + (terms.Count > 0 ? $"; top terms {string.Join(", ", terms)}" : "")
            + (loudest is not null ? $"; loudest author {loudest.Author} ({loudest.Followers ?? 0:N0} followers)" : "") + ".";
        return new Finding
        {
            Type = AlertType.NegativeSpike,
            Severity = signal.Severity ?? AlertSeverity.Medium,
            Score = Math.Round(signal.AnomalyScore, 3),
            Title = $"Negative word of mouth about {profile.Name} is {signal.Ratio:0.0}× normal",
            Summary = summary,
            Reasons =
            [
                $"negative-volume: {signal.Ratio:0.0}× the expected {signal.Expected:0.#} per {step.TotalMinutes:0} min ({signal.Deviation:0.0} robust deviations)",
                .. terms.Count > 0 ? [$"top-terms: {string.Join(", ", terms)}"] : Array.Empty<string>(),
            ],
            Metrics = new AlertMetrics
            {
                WindowStart = windowStart,
                WindowEnd = windowEnd,
                Negative = negatives,
                Baseline = Math.Round(expected, 2),
                Ratio = Math.Round(signal.Ratio, 2),
            },
            Evidence = TellingNegatives(windowStart),
            At = now,
            RefreshOnly = signal.Decision == AlertDecision.None,
        };
    }

    private List<AlertCommand> CloseHours(MinuteSeries series, Brand profile, DateTimeOffset now)
    {
        var commands = new List<AlertCommand>();
        while (state.NextShiftHour is { } hour && now >= HourStart(hour + 1) + Lateness)
        {
            if (HourOf(now) - hour > MaxQuietHoursFed)
            {
                state.NextShiftHour = HourOf(now) - MaxQuietHoursFed;
                continue;
            }

            var (total, negative, _) = series.Sum(hour * 60, (hour + 1) * 60);
            var signal = shift.Observe(HourStart(hour), total, negative);
            state.NextShiftHour = hour + 1;
            var loud = signal.IncidentOpen && signal.Z >= shift.Options.QuietZ;
            if (signal.Decision == AlertDecision.None && !loud)
            {
                continue;
            }

            commands.Add(new AlertCommand.Apply(new Finding
            {
                Type = AlertType.SentimentShift,
                Severity = signal.Severity ?? AlertSeverity.Medium,
                Score = Math.Round(Math.Min(1, signal.Z / 10), 3),
                Title = $"The negative share of {profile.Name} mentions is rising",
                Summary = $"{signal.RecentShare:P0} of {profile.Name} mentions were negative over the last {shift.Options.RecentHours} h, against {signal.BaselineShare:P0} usually, "
                    + $"while volume stayed at {signal.VolumeRatio:0.0}× normal: a slow burn rather than a spike.",
                Reasons =
                [
                    $"negative-share: {signal.RecentShare:P0} vs {signal.BaselineShare:P0} baseline (z = {signal.Z:0.0})",
                    $"flat-volume: {signal.VolumeRatio:0.0}× the usual volume",
                ],
                Metrics = new AlertMetrics
                {
                    WindowStart = HourStart(hour + 1 - shift.Options.RecentHours),
                    WindowEnd = HourStart(hour + 1),
                    Total = signal.RecentTotal,
                    NegativeShare = signal.RecentShare is { } r ? Math.Round(r, 4) : null,
                    BaselineNegativeShare = signal.BaselineShare is { } b ? Math.Round(b, 4) : null,
                },
                Evidence = TellingNegatives(HourStart(hour + 1) - TimeSpan.FromHours(shift.Options.RecentHours)),
                At = now,
                RefreshOnly = signal.Decision == AlertDecision.None,
            }));
        }

        return commands;
    }

    private static Finding InfluencerFinding(ScoredMention scored, InfluencerNegativeSignal signal, Brand profile)
    {
        var author = scored.Mention.Author;
        var handle = author?.Handle ?? author?.Name ?? "an author";
        var text = scored.Mention.Text.Length <= 160 ? scored.Mention.Text : scored.Mention.Text[..160] + "…";
        return new Finding
        {
            Type = AlertType.InfluencerNegative,
            IncidentKey = (author?.Handle ?? author?.Id ?? scored.Mention.Id).ToLowerInvariant(),
            Severity = signal.Severity ?? AlertSeverity.High,
            Score = Math.Round(Math.Min(1, Math.Log10(Math.Max(1, signal.ReachRatio)) / 2), 3),
            Title = $"Influential negative post about {profile.Name} by {handle}",
            Summary = $"{handle} ({author?.Followers ?? 0:N0} followers, {scored.Mention.Engagement?.Shares ?? 0:N0} shares) posted a clearly negative mention of {profile.Name}, "
                + $"{signal.ReachRatio:0}× the reach of the brand's usual loud voices: “{text}”",
            Reasons =
            [
                $"reach: {signal.Reach:N0} ({signal.ReachRatio:0}× the brand's usual{(signal.UsualReach is { } u ? $" {u:N0}" : "")})",
                $"negative: sentiment {scored.Sentiment.Score:0.00}",
            ],
            Metrics = new AlertMetrics { Followers = author?.Followers, WindowStart = scored.Mention.PublishedAt, WindowEnd = scored.Mention.PublishedAt },
            Evidence = [Evidence(scored)],
            At = scored.Mention.PublishedAt,
        };
    }

    private static AlertCommand ToCommand(SuspectReleaseDecision decision)
    {
        var finding = new Finding
        {
            Type = AlertType.SuspectPressRelease,
            IncidentKey = decision.IncidentId,
            Severity = decision.Severity,
            Score = decision.Score,
            Title = decision.Title,
            Summary = decision.Summary,
            Reasons = decision.Reasons,
            Evidence = decision.Evidence,
            Metrics = new AlertMetrics
            {
                WindowStart = decision.OpenedAt,
                WindowEnd = decision.At,
                Risk = decision.Score,
                Relays = decision.Relays,
                Followers = decision.Evidence.Count > 0 ? decision.Evidence[0].Followers : null,
            },
            At = decision.At,
            // The tracker only updates when it matters (a first newswire relay, a jump in risk): say so at once.
            AnnounceNow = true,
        };
        return decision.Kind == SuspectReleaseDecisionKind.Close
            ? new AlertCommand.Close(AlertType.SuspectPressRelease, decision.IncidentId, decision.Change, finding)
            : new AlertCommand.Apply(finding);
    }

    private IReadOnlyList<AlertEvidence> TellingNegatives(DateTimeOffset since) =>
        state.RecentNegatives.Where(e => e.Evidence.PublishedAt >= since)
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Evidence.PublishedAt)
            .Take(MaxEvidence).Select(e => e.Evidence).ToList();

    private static AlertEvidence Evidence(ScoredMention scored) => new()
    {
        MentionId = scored.Mention.Id,
        Text = scored.Mention.Text.Length <= 400 ? scored.Mention.Text : scored.Mention.Text[..400] + "…",
        Url = scored.Mention.Url,
        Author = scored.Mention.Author?.Handle,
        PublishedAt = scored.Mention.PublishedAt,
        Followers = scored.Mention.Author?.Followers,
        Sentiment = scored.Sentiment.Label.ToString().ToLowerInvariant(),
    };

    private void RecordBand(long index, NegativeSpikeSignal signal)
    {
        var slot = (int)(((index % BrandDetectorsState.BandSteps) + BrandDetectorsState.BandSteps) % BrandDetectorsState.BandSteps);
        state.Expected[slot] = signal.WarmingUp ? float.NaN : (float)signal.Expected;
        state.Upper[slot] = signal.WarmingUp ? float.NaN : (float)signal.Upper;
        state.NewestBandStep = Math.Max(state.NewestBandStep, index);
    }

    private (double? Expected, double? Upper) Band(long index)
    {
        if (state.NewestBandStep == long.MinValue || index > state.NewestBandStep || index <= state.NewestBandStep - BrandDetectorsState.BandSteps)
        {
            return (null, null);
        }

        var slot = (int)(((index % BrandDetectorsState.BandSteps) + BrandDetectorsState.BandSteps) % BrandDetectorsState.BandSteps);
        var expected = state.Expected[slot];
        return float.IsNaN(expected) ? (null, null) : (expected, state.Upper[slot]);
    }

    private long StepOf(DateTimeOffset at) => (long)Math.Floor(at.ToUnixTimeSeconds() / step.TotalSeconds);

    private DateTimeOffset StartOf(long index) => DateTimeOffset.FromUnixTimeSeconds((long)(index * step.TotalSeconds));

    private static long HourOf(DateTimeOffset at) => (long)Math.Floor(at.ToUnixTimeSeconds() / 3600.0);

    private static DateTimeOffset HourStart(long hour) => DateTimeOffset.FromUnixTimeSeconds(hour * 3600);

    private static string PartOfDay(DateTimeOffset at) => at.UtcDateTime.Hour switch
    {
        < 6 => "night",
        < 12 => "morning",
        < 18 => "afternoon",
        _ => "evening",
    };
}
