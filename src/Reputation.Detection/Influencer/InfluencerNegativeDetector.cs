using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Influencer;

/// <summary>
/// Flags a clearly negative mention by an author whose reach (followers plus reshares) is far above
/// what the brand usually sees, or that is being reshared far more than the brand's mentions usually
/// are. "Usual" is a high running quantile of the brand's own mentions (all sentiments), kept in
/// decayed log histograms so one outlier barely moves it. Each mention is judged before it joins the
/// history. Not thread-safe: one instance per brand, owned by the brand grain.
/// </summary>
public sealed class InfluencerNegativeDetector
{
    private readonly InfluencerNegativeOptions _options;
    private readonly LogHistogram _reach;
    private readonly LogHistogram _shares;
    private long _mentions;
    private InfluencerIncident? _incident;

    public InfluencerNegativeDetector(InfluencerNegativeOptions? options = null, InfluencerNegativeState? state = null)
    {
        _options = options ?? new InfluencerNegativeOptions();
        _options.Validate();
        _reach = new LogHistogram(state?.Reach ?? [], _options.HistoryHalfLife);
        _shares = new LogHistogram(state?.Shares ?? [], _options.HistoryHalfLife);
        _mentions = state?.Mentions ?? 0;
        _incident = state?.Incident;
    }

    public InfluencerNegativeOptions Options => _options;

    public InfluencerNegativeState Snapshot() => new()
    {
        Mentions = _mentions,
        Reach = _reach.Counts,
        Shares = _shares.Counts,
        Incident = _incident,
    };

    /// <summary>Judges one mention, then adds it to the brand's history. Unknown counts are passed as 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the sentiment score is outside [-1, 1].</exception>
    public InfluencerNegativeSignal Observe(DateTimeOffset time, long followers, long shares, double sentimentScore)
    {
        if (followers < 0) throw new ArgumentOutOfRangeException(nameof(followers), followers, "Followers must be zero or more.");
        if (shares < 0) throw new ArgumentOutOfRangeException(nameof(shares), shares, "Shares must be zero or more.");
        if (!(sentimentScore is >= -1 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(sentimentScore), sentimentScore, "A sentiment score is in [-1, 1].");

        var o = _options;
        double reach = followers + o.ReachPerShare * shares;
        bool warm = _mentions >= o.MinMentions;
        double? usualReach = warm ? _reach.Quantile(o.UsualQuantile) : null;
        double ratio, shareRatio = 0;
        bool influential;
        if (usualReach is { } usual)
        {
            double usualShares = _shares.Quantile(o.UsualQuantile);
            ratio = reach / Math.Max(usual, 1);
            shareRatio = shares / Math.Max(usualShares, 1);
            influential = (reach >= o.MinReach && ratio >= o.ReachFactor)
                || (shares >= o.MinShares && shareRatio >= o.ReachFactor);
        }
        else
        {
            ratio = reach / (o.ColdStartReach / o.ReachFactor);
            influential = reach >= o.ColdStartReach;
        }
        bool negative = sentimentScore <= o.NegativeScore;
        var decision = Decide(time, negative && influential, SeverityOf(Math.Max(ratio, shareRatio)));

        _reach.Add(reach);
        _shares.Add(shares);
        _mentions++;
        return new InfluencerNegativeSignal(time, reach, usualReach, ratio, influential, negative, decision,
            _incident?.Severity, _incident is not null);
    }

    private AlertDecision Decide(DateTimeOffset time, bool alert, AlertSeverity severity)
    {
        if (_incident is { } open && time - open.LastAlertAt >= _options.CoolDown) _incident = null;
        if (!alert) return AlertDecision.None;
        if (_incident is { } current)
        {
            bool escalate = severity > current.Severity;
            _incident = current with
            {
                LastAlertAt = time > current.LastAlertAt ? time : current.LastAlertAt,
                Severity = escalate ? severity : current.Severity,
            };
            return escalate ? AlertDecision.Escalate : AlertDecision.None;
        }
        _incident = new InfluencerIncident { StartedAt = time, LastAlertAt = time, Severity = severity };
        return AlertDecision.Raise;
    }

    private AlertSeverity SeverityOf(double ratio) =>
        ratio >= _options.CriticalRatio ? AlertSeverity.Critical
        : ratio >= _options.HighRatio ? AlertSeverity.High
        : ratio >= _options.MediumRatio ? AlertSeverity.Medium
        : AlertSeverity.Low;
}
