using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Shift;

/// <summary>
/// Detects a slow burn: the share of negative mentions over the last hours rises well above the
/// brand's long baseline share while volume stays about normal (a volume spike belongs to the
/// negative-spike detector). The test is a two-proportion z-test (recent window against the decayed
/// baseline, pooled variance) with minimum counts on both sides and a minimum absolute rise; hours
/// whose volume spiked are left out of the recent window.
/// Hours join the baseline only after leaving the recent window, so the window is never tested
/// against itself. Not thread-safe: one instance per brand, owned by the brand grain.
/// </summary>
public sealed class SentimentShiftDetector
{
    private readonly SentimentShiftOptions _options;
    private readonly double _hourlyDecay;
    private readonly long[] _slotHour;
    private readonly double[] _slotTotal;
    private readonly double[] _slotNegative;
    private DateTimeOffset? _firstAt;
    private DateTimeOffset? _lastAt;
    private double _baselineTotal;
    private double _baselineNegative;
    private double _baselineHours;
    private long? _baselineHour;
    private ShiftIncident? _incident;

    public SentimentShiftDetector(SentimentShiftOptions? options = null, SentimentShiftState? state = null)
    {
        _options = options ?? new SentimentShiftOptions();
        _options.Validate();
        _hourlyDecay = Math.Pow(0.5, 1 / _options.BaselineHalfLife.TotalHours);
        int n = _options.RecentHours;
        _slotHour = new long[n];
        _slotTotal = new double[n];
        _slotNegative = new double[n];
        Array.Fill(_slotHour, -1);
        if (state is null) return;

        // A state saved with another window length keeps the hours that still fit.
        for (int i = 0; i < state.SlotHour.Length && i < state.SlotTotal.Length && i < state.SlotNegative.Length; i++)
        {
            long hour = state.SlotHour[i];
            if (hour < 0) continue;
            int slot = (int)(((hour % n) + n) % n);
            if (_slotHour[slot] > hour) continue;
            _slotHour[slot] = hour;
            _slotTotal[slot] = state.SlotTotal[i];
            _slotNegative[slot] = state.SlotNegative[i];
        }
        _firstAt = state.FirstAt;
        _lastAt = state.LastAt;
        _baselineTotal = state.BaselineTotal;
        _baselineNegative = state.BaselineNegative;
        _baselineHours = state.BaselineHours;
        _baselineHour = state.BaselineHour;
        _incident = state.Incident;
    }

    public SentimentShiftOptions Options => _options;

    public SentimentShiftState Snapshot() => new()
    {
        FirstAt = _firstAt,
        LastAt = _lastAt,
        SlotHour = (long[])_slotHour.Clone(),
        SlotTotal = (double[])_slotTotal.Clone(),
        SlotNegative = (double[])_slotNegative.Clone(),
        BaselineTotal = _baselineTotal,
        BaselineNegative = _baselineNegative,
        BaselineHours = _baselineHours,
        BaselineHour = _baselineHour,
        Incident = _incident,
    };

    /// <summary>
    /// Adds mentions seen at <paramref name="time"/> (any cadence: per minute, per step or per hour)
    /// and judges the brand's negative share. Times must not go backwards; gaps are fine.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Counts are negative, not finite, negative above total, or time went backwards.</exception>
    public SentimentShiftSignal Observe(DateTimeOffset time, double total, double negative)
    {
        if (!double.IsFinite(total) || !double.IsFinite(negative) || negative < 0 || total < negative)
            throw new ArgumentOutOfRangeException(nameof(negative), negative, $"Counts must be finite with 0 <= negative <= total (total {total}).");
        if (_lastAt is { } last && time < last)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"Time must not go backwards; the previous input was at {last:O}.");

        _firstAt ??= time;
        _lastAt = time;
        long hour = HourOf(time);
        FoldHoursBefore(hour - _options.RecentHours + 1);
        int slot = (int)(((hour % _options.RecentHours) + _options.RecentHours) % _options.RecentHours);
        if (_slotHour[slot] != hour)
        {
            _slotHour[slot] = hour;
            _slotTotal[slot] = 0;
            _slotNegative[slot] = 0;
        }
        _slotTotal[slot] += total;
        _slotNegative[slot] += negative;

        return Judge(time, hour);
    }

    private SentimentShiftSignal Judge(DateTimeOffset time, long hour)
    {
        var o = _options;
        double? baselinePerHour = _baselineHours > 0 && _baselineTotal > 0 ? _baselineTotal / _baselineHours : null;
        long firstHour = HourOf(_firstAt!.Value);
        double recentTotal = 0, recentNegative = 0;
        int keptHours = 0, spikeHours = 0;
        for (int i = 0; i < _slotHour.Length; i++)
        {
            if (_slotHour[i] < 0 || _slotHour[i] <= hour - o.RecentHours || _slotHour[i] < firstHour) continue;
            // The hour in progress is judged by its rate so far (at least 5 minutes' worth).
            double elapsed = _slotHour[i] == hour ? Math.Clamp((time - HourStart(hour)).TotalHours, 1 / 12.0, 1) : 1;
            if (baselinePerHour is { } perHour && _slotTotal[i] / elapsed > o.MaxHourVolumeRatio * perHour)
            {
                spikeHours++;
                continue;
            }
            keptHours++;
            recentTotal += _slotTotal[i];
            recentNegative += _slotNegative[i];
        }
        double? recentShare = recentTotal > 0 ? recentNegative / recentTotal : null;
        double? baselineShare = _baselineTotal > 0 ? _baselineNegative / _baselineTotal : null;
        double? volumeRatio = baselinePerHour is { } usual && keptHours > 0 ? recentTotal / keptHours / usual : null;

        bool ready = recentShare is not null && baselineShare is not null
            && time - _firstAt.Value >= o.MinBaselineAge
            && recentTotal >= o.MinRecentTotal && _baselineTotal >= o.MinBaselineTotal;
        double z = ready ? TwoProportionZ(recentNegative, recentTotal, _baselineNegative, _baselineTotal) : 0;
        double increase = ready ? recentShare!.Value - baselineShare!.Value : 0;
        bool loud = ready && z >= o.RaiseZ && increase >= o.MinShareIncrease && volumeRatio <= o.MaxVolumeRatio;

        var decision = AlertDecision.None;
        if (_incident is { } open)
        {
            if (!ready || z < o.QuietZ) _incident = null;
            else if (loud && SeverityOf(increase) > open.Severity)
            {
                _incident = open with { Severity = SeverityOf(increase) };
                decision = AlertDecision.Escalate;
            }
        }
        else if (loud)
        {
            _incident = new ShiftIncident { StartedAt = time, Severity = SeverityOf(increase) };
            decision = AlertDecision.Raise;
        }

        return new SentimentShiftSignal(time, recentTotal, recentShare, baselineShare, z, volumeRatio, ready,
            decision, _incident?.Severity, _incident is not null, spikeHours);
    }

    /// <summary>Pooled two-proportion z of share a/n against b/m.</summary>
    private static double TwoProportionZ(double a, double n, double b, double m)
    {
        double pooled = (a + b) / (n + m);
        double se = Math.Sqrt(pooled * (1 - pooled) * (1 / n + 1 / m));
        return se > 0 ? (a / n - b / m) / se : 0;
    }

    /// <summary>Folds every hour before <paramref name="firstRecentHour"/> into the baseline, oldest first, decaying per hour (empty hours included).</summary>
    private void FoldHoursBefore(long firstRecentHour)
    {
        while (true)
        {
            int oldest = -1;
            for (int i = 0; i < _slotHour.Length; i++)
            {
                if (_slotHour[i] >= 0 && _slotHour[i] < firstRecentHour && (oldest < 0 || _slotHour[i] < _slotHour[oldest]))
                    oldest = i;
            }
            if (oldest < 0) break;
            AdvanceBaselineTo(_slotHour[oldest]);
            _baselineTotal += _slotTotal[oldest];
            _baselineNegative += _slotNegative[oldest];
            _slotHour[oldest] = -1;
            _slotTotal[oldest] = 0;
            _slotNegative[oldest] = 0;
        }
        if (_baselineHour is not null) AdvanceBaselineTo(firstRecentHour - 1);
    }

    /// <summary>Decays the baseline for the hours up to <paramref name="hour"/>, counting each as one hour of history.</summary>
    private void AdvanceBaselineTo(long hour)
    {
        long from = _baselineHour ?? hour - 1;
        long gap = hour - from;
        if (gap <= 0) return;
        double decay = Math.Pow(_hourlyDecay, gap);
        _baselineTotal *= decay;
        _baselineNegative *= decay;
        _baselineHours = _baselineHours * decay + (1 - decay) / (1 - _hourlyDecay);
        _baselineHour = hour;
    }

    private AlertSeverity SeverityOf(double increase) =>
        increase >= _options.CriticalIncrease ? AlertSeverity.Critical
        : increase >= _options.HighIncrease ? AlertSeverity.High
        : increase >= _options.MediumIncrease ? AlertSeverity.Medium
        : AlertSeverity.Low;

    private static DateTimeOffset HourStart(long hour) => DateTimeOffset.FromUnixTimeSeconds(hour * 3600);

    private static long HourOf(DateTimeOffset time) => (long)Math.Floor(time.ToUnixTimeSeconds() / 3600.0);
}
