using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Spikes;

/// <summary>
/// Detects negative word of mouth far above a brand's own normal, one evenly spaced step at a time,
/// never looking ahead.
/// <para>
/// Model, in log space y = log(count + offset): expected = level + hour-of-day profile + hour-of-week
/// correction (the latter weighted by how many weeks it has seen). The deviation divides the residual
/// by sqrt(spread² + λ/(λ + offset)²): the second term is the Poisson noise of a count of mean λ in log
/// space, so a brand with two negatives an hour does not alert on five. Every residual that teaches
/// the model is clipped first, so an incident moves the baseline only a little.
/// </para>
/// <para>
/// Alerting: an incident starts (raise) when deviation, ratio and excess all pass their thresholds
/// and the ratio is also beyond the brand's usual daily peak and what is left of its latest
/// incident's peak (a brand whose news comes in bursts is not paged for every burst);
/// while it is open (loud, then quiet for <see cref="NegativeSpikeOptions.QuietToClose"/>, then
/// cooling down for <see cref="NegativeSpikeOptions.CoolDown"/>) it only escalates, when its ratio
/// reaches a multiple of the last alerted ratio and the severity goes up. Drops never alert.
/// </para>
/// Not thread-safe: one instance per brand, owned by the brand grain.
/// </summary>
public sealed class NegativeSpikeDetector
{
    /// <summary>Residuals teaching the spread are clipped here, wide enough to barely bias a normal spread.</summary>
    private const double SpreadClip = 3.0;
    /// <summary>Spread assumed before any data: a wide one, so the first residuals are not clipped hard.</summary>
    private const double InitialSpread2 = 0.5;
    /// <summary>Weight (in updates) under which the hour-of-week correction is shrunk towards zero.</summary>
    private const double WeeklyEnough = 12;

    private readonly NegativeSpikeOptions _options;
    private readonly SeasonalProfile _daily;
    private readonly SeasonalProfile _weekly;
    private readonly double _levelRate;
    private readonly double _spreadRate;
    private long _steps;
    private DateTimeOffset? _firstAt;
    private DateTimeOffset? _lastAt;
    private double _level;
    private double _spread2;
    private SpikeIncident? _incident;
    private double _recentPeakLogRatio;
    private DateTimeOffset? _recentPeakAt;
    private double _usualPeakLogRatio;
    private int _usualPeakDays;
    private double _dayPeakLogRatio;
    private long _dayIndex;
    private readonly float[] _windowValues;
    private readonly float[] _windowExpected;
    private double _windowSpread2;
    private double _previousStrength;

    public NegativeSpikeDetector(NegativeSpikeOptions? options = null, NegativeSpikeState? state = null)
    {
        _options = options ?? new NegativeSpikeOptions();
        _options.Validate();
        state ??= new NegativeSpikeState { Spread2 = InitialSpread2 };
        double stepsPerHour = TimeSpan.FromHours(1) / _options.Step;
        _levelRate = RateFor(_options.LevelHalfLife / _options.Step);
        _spreadRate = RateFor(_options.SpreadHalfLife / _options.Step);
        // A profile bin gets about stepsPerHour units of weight each time its hour comes round.
        _daily = new SeasonalProfile(state.Daily, state.DailySeen, TimeSpan.FromDays(1),
            RateFor(_options.DailyProfileHalfLife / TimeSpan.FromDays(1) * stepsPerHour));
        _weekly = new SeasonalProfile(state.Weekly, state.WeeklySeen, TimeSpan.FromDays(7),
            RateFor(_options.WeeklyProfileHalfLife / TimeSpan.FromDays(7) * stepsPerHour));
        _steps = state.Steps;
        _firstAt = state.FirstAt;
        _lastAt = state.LastAt;
        _level = state.Level;
        _spread2 = state.Spread2;
        _incident = state.Incident;
        _recentPeakLogRatio = state.RecentPeakLogRatio;
        _recentPeakAt = state.RecentPeakAt;
        _usualPeakLogRatio = state.UsualPeakLogRatio;
        _usualPeakDays = state.UsualPeakDays;
        _dayPeakLogRatio = state.DayPeakLogRatio;
        _dayIndex = state.DayIndex;
        _windowValues = new float[_options.WindowSteps];
        _windowExpected = new float[_options.WindowSteps];
        if (state.WindowValues.Length == _options.WindowSteps && state.WindowExpected.Length == _options.WindowSteps)
        {
            state.WindowValues.CopyTo(_windowValues, 0);
            state.WindowExpected.CopyTo(_windowExpected, 0);
        }
        _windowSpread2 = state.WindowSpread2 > 0 ? state.WindowSpread2 : InitialSpread2;
        _previousStrength = state.PreviousStrength;
    }

    public NegativeSpikeOptions Options => _options;

    /// <summary>A copy of what has been learned, to persist and later pass back to the constructor.</summary>
    public NegativeSpikeState Snapshot() => new()
    {
        Steps = _steps,
        FirstAt = _firstAt,
        LastAt = _lastAt,
        Level = _level,
        Spread2 = _spread2,
        Daily = _daily.Values,
        DailySeen = _daily.Seen,
        Weekly = _weekly.Values,
        WeeklySeen = _weekly.Seen,
        Incident = _incident,
        RecentPeakLogRatio = _recentPeakLogRatio,
        RecentPeakAt = _recentPeakAt,
        UsualPeakLogRatio = _usualPeakLogRatio,
        UsualPeakDays = _usualPeakDays,
        DayPeakLogRatio = _dayPeakLogRatio,
        DayIndex = _dayIndex,
        WindowValues = (float[])_windowValues.Clone(),
        WindowExpected = (float[])_windowExpected.Clone(),
        WindowSpread2 = _windowSpread2,
        PreviousStrength = _previousStrength,
    };

    /// <summary>
    /// Feeds one step. Steps must come in time order; a gap (missing steps) is accepted as is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite, or the time is not after the previous step.</exception>
    public NegativeSpikeSignal Observe(DateTimeOffset time, double value)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A step count must be a finite number, zero or more.");
        if (_lastAt is { } last && time <= last)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"Steps must come in time order; the previous step was {last:O}.");

        double c = _options.CountOffset;
        double y = Math.Log(value + c);
        if (_steps == 0)
        {
            _level = y;
            _firstAt = time;
        }

        double mu = Expectation(time);
        double expected = Math.Max(0, Math.Exp(mu) - c);
        double sigma = Math.Sqrt(_spread2 + PoissonLogVariance(expected));
        double residual = y - mu;
        double deviation = residual / sigma;
        double ratio = (value + c) / (expected + c);
        bool warmingUp = time - _firstAt!.Value < _options.WarmUp;

        double required = RequiredLogRatio(time);
        double upper = Math.Max(Math.Exp(mu + _options.RaiseDeviation * sigma) - c,
            Math.Max(Math.Exp(required) * (expected + c) - c, expected + _options.MinExcess));
        double strength = Strength(deviation, ratio, value - expected, required);
        var window = JudgeWindow(value, expected, required);
        if (window.Full) strength = Math.Max(strength, window.Strength);
        double score = warmingUp ? 0 : Squash(strength);

        var decision = warmingUp ? AlertDecision.None : Decide(time, deviation, ratio, IsHeld(strength));
        _previousStrength = strength;
        if (_incident is not null && deviation >= _options.QuietDeviation && Math.Log(ratio) >= required)
        {
            _recentPeakLogRatio = Math.Log(ratio);
            _recentPeakAt = time;
        }

        Learn(time, residual, sigma, expected);
        LearnWindowSpread(window);
        LearnUsualPeak(time, Math.Log(ratio));
        _steps++;
        _lastAt = time;

        return new NegativeSpikeSignal(time, value, expected, upper, ratio, deviation, score, decision,
            _incident?.Severity, warmingUp, _incident is not null);
    }

    private double Expectation(DateTimeOffset time)
    {
        double daily = _daily.At(time, 1, out _);
        double weekly = _weekly.At(time, WeeklyEnough, out double confidence);
        return _level + daily + confidence * weekly;
    }

    /// <summary>The weakest of the three raise conditions, as a multiple of its threshold (1 = just met).</summary>
    private double Strength(double deviation, double ratio, double excess, double requiredLogRatio)
    {
        double s = Math.Min(deviation / _options.RaiseDeviation,
            requiredLogRatio > 0 ? Math.Log(ratio) / requiredLogRatio : double.PositiveInfinity);
        if (_options.MinExcess > 0) s = Math.Min(s, excess / _options.MinExcess);
        return s;
    }

    private readonly record struct WindowJudgement(bool Full, double Strength, double Residual, double Sigma, double PoissonVariance);

    /// <summary>Puts the step in the window ring and judges the window's sum with the step's thresholds (the excess over the whole window).</summary>
    private WindowJudgement JudgeWindow(double value, double expected, double requiredLogRatio)
    {
        int k = _windowValues.Length;
        int slot = (int)(_steps % k);
        _windowValues[slot] = (float)value;
        _windowExpected[slot] = (float)expected;
        if (k == 1) return default;
        double sum = 0, sumExpected = 0;
        for (int i = 0; i < k; i++)
        {
            sum += _windowValues[i];
            sumExpected += _windowExpected[i];
        }
        // The hour's sum has its own offset: a handful of mentions per step adds up to more than a handful over the hour.
        double c = _options.WindowCountOffset;
        double poisson = PoissonLogVariance(sumExpected, c);
        double sigma = Math.Sqrt(_windowSpread2 + poisson);
        double residual = Math.Log((sum + c) / (sumExpected + c));
        double strength = Strength(residual / sigma, (sum + c) / (sumExpected + c), sum - sumExpected, requiredLogRatio);
        return new WindowJudgement(_steps + 1 >= k, strength, residual, sigma, poisson);
    }

    private void LearnWindowSpread(WindowJudgement window)
    {
        if (!window.Full) return;
        double s = Math.Clamp(window.Residual, -SpreadClip * window.Sigma, SpreadClip * window.Sigma);
        double rate = Math.Max(_spreadRate, 1.0 / (_steps + 2));
        _windowSpread2 += rate * (s * s - window.PoissonVariance - _windowSpread2);
        _windowSpread2 = Math.Max(_windowSpread2, _options.MinSpread * _options.MinSpread / _windowValues.Length);
    }

    /// <summary>Log ratio a new incident needs now: the plain minimum, or what is left of the recent peak.</summary>
    private double RequiredLogRatio(DateTimeOffset time)
    {
        double plain = Math.Max(Math.Log(_options.MinRatio), _options.UsualPeakFactor * _usualPeakLogRatio);
        if (_recentPeakAt is not { } at || _options.RecentPeakHalfLife <= TimeSpan.Zero) return plain;
        double left = _recentPeakLogRatio * Math.Pow(0.5, (time - at) / _options.RecentPeakHalfLife);
        return Math.Max(plain, left);
    }

    /// <summary>Maps a strength onto [0, 1): 0 when not above normal, 0.5 at the raise point, towards 1 beyond.</summary>
    private static double Squash(double strength) => strength <= 0 ? 0 : strength * strength / (1 + strength * strength);

    /// <summary>
    /// Loud enough to alert: two steps in a row, one meeting every condition and the other nearly
    /// (<see cref="NegativeSpikeOptions.HoldStrength"/>), or one step far beyond them alone. A burst of
    /// a single step that only just passes is more often a glitch or one batch of posts than news.
    /// </summary>
    private bool IsHeld(double strength) =>
        strength >= _options.AloneStrength
        || (Math.Max(strength, _previousStrength) >= 1 && Math.Min(strength, _previousStrength) >= _options.HoldStrength);

    private AlertDecision Decide(DateTimeOffset time, double deviation, double ratio, bool loud)
    {
        var o = _options;
        if (_incident is { } open)
        {
            bool quiet = deviation < o.QuietDeviation;
            var lastLoud = quiet ? open.LastLoudAt : time;
            if (time - open.StartedAt >= o.MaxIncident || time - lastLoud >= o.QuietToClose + o.CoolDown)
            {
                _incident = null; // over: the step is judged afresh below
            }
            else
            {
                var severity = SeverityOf(ratio);
                bool escalate = loud && ratio >= open.AlertedRatio * o.EscalationFactor && severity > open.Severity;
                _incident = open with
                {
                    LastLoudAt = lastLoud,
                    PeakRatio = Math.Max(open.PeakRatio, ratio),
                    AlertedRatio = escalate ? ratio : open.AlertedRatio,
                    Severity = escalate ? severity : open.Severity,
                };
                return escalate ? AlertDecision.Escalate : AlertDecision.None;
            }
        }
        if (!loud) return AlertDecision.None;
        _incident = new SpikeIncident
        {
            StartedAt = time, LastLoudAt = time, AlertedRatio = ratio, PeakRatio = ratio, Severity = SeverityOf(ratio),
        };
        return AlertDecision.Raise;
    }

    private AlertSeverity SeverityOf(double ratio) =>
        ratio >= _options.CriticalRatio ? AlertSeverity.Critical
        : ratio >= _options.HighRatio ? AlertSeverity.High
        : ratio >= _options.MediumRatio ? AlertSeverity.Medium
        : AlertSeverity.Low;

    private void Learn(DateTimeOffset time, double residual, double sigma, double expected)
    {
        double clip = _options.LearningClip * sigma;
        double e = Math.Clamp(residual, -clip, clip);
        // The hour-of-week correction learns what level and hour-of-day leave over (before they move).
        double weekly = _weekly.At(time, WeeklyEnough, out double confidence);
        double withoutWeekly = Math.Clamp(residual + confidence * weekly, -clip, clip);
        _weekly.Learn(time, withoutWeekly - weekly);
        _weekly.Recentre();

        // Fast start: a running mean over the first steps, then exponential forgetting.
        double levelRate = Math.Max(_levelRate, 1.0 / (_steps + 1));
        _level += levelRate * e;
        _daily.Learn(time, (1 - levelRate) * e);
        _level += _daily.Recentre();

        double s = Math.Clamp(residual, -SpreadClip * sigma, SpreadClip * sigma);
        double spreadRate = Math.Max(_spreadRate, 1.0 / (_steps + 2));
        _spread2 += spreadRate * (s * s - PoissonLogVariance(expected) - _spread2);
        _spread2 = Math.Max(_spread2, _options.MinSpread * _options.MinSpread);
    }

    /// <summary>
    /// Tracks each day's largest log ratio and, when a day ends, folds it into the usual daily peak.
    /// A day's peak is capped at twice the usual one so that an incident day barely moves it. The
    /// warm-up day counts too, on purpose: its expectation is still rough, so its peak runs high and
    /// keeps a new brand's thresholds conservative for its first days (it is one day in a running mean).
    /// </summary>
    private void LearnUsualPeak(DateTimeOffset time, double logRatio)
    {
        long day = (long)Math.Floor((time - _firstAt!.Value) / TimeSpan.FromDays(1));
        if (day != _dayIndex)
        {
            double peak = _usualPeakDays == 0 ? _dayPeakLogRatio : Math.Min(_dayPeakLogRatio, 2 * _usualPeakLogRatio);
            double rate = Math.Max(RateFor(_options.UsualPeakHalfLife / TimeSpan.FromDays(1)), 1.0 / (_usualPeakDays + 1));
            _usualPeakLogRatio += rate * (peak - _usualPeakLogRatio);
            _usualPeakDays++;
            _dayIndex = day;
            _dayPeakLogRatio = 0;
        }
        _dayPeakLogRatio = Math.Max(_dayPeakLogRatio, logRatio);
    }

    /// <summary>Variance of log(count + offset) for a Poisson count of this mean (delta method): λ / (λ + c)².</summary>
    private double PoissonLogVariance(double expected) => PoissonLogVariance(expected, _options.CountOffset);

    private static double PoissonLogVariance(double expected, double offset) =>
        expected / ((expected + offset) * (expected + offset));

    /// <summary>Per-update forgetting rate for a half-life of <paramref name="updates"/> updates.</summary>
    private static double RateFor(double updates) => 1 - Math.Pow(0.5, 1 / updates);
}
