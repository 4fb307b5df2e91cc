using System.Globalization;
using System.Text.Json;

namespace Reputation.Cli.Bench;

/// <summary>The figures of one run, printed and optionally written as JSON.</summary>
internal sealed record BenchReport
{
    public required DateTime StartedAtUtc { get; init; }
    public required int ProcessorCount { get; init; }
    public required BenchSettings Settings { get; init; }
    public required long Produced { get; init; }
    public required double ProduceSeconds { get; init; }
    /// <summary>From the warm-up's first produce until all its mentions were counted: with one round, the cold start.</summary>
    public required double WarmUpSeconds { get; init; }
    public required double EndToEndSeconds { get; init; }
    public required double EndToEndPerSecond { get; init; }
    public required double BestFiveSecondPerSecond { get; init; }
    /// <summary>
    /// From the moment a quarter of the mentions were counted to the last: the rate once the pipeline has ramped up
    /// (lanes filled, calls carrying several mentions), without the catch-up a best window measures.
    /// </summary>
    public required double AfterFirstQuarterPerSecond { get; init; }
    /// <summary>
    /// The server process's CPU time over the measured load per mention counted (the embedded broker included):
    /// steadier than the rate between runs, and what a machine's cores divide into mentions per second.
    /// </summary>
    public required double CpuMicrosecondsPerMention { get; init; }
    /// <summary>Mentions counted per brand call (grain call) over the measured load.</summary>
    public required double MentionsPerBrandCall { get; init; }
    /// <summary>NaN when the plain consumer could not read all the messages it was given in time (see <see cref="RawConsumeRate"/>).</summary>
    public required double RawConsumePerSecond { get; init; }
    /// <summary>Messages the plain consumer read.</summary>
    public required long RawConsumeMessages { get; init; }
    public required Percentiles SignalRMs { get; init; }
    public required Percentiles WebhookMs { get; init; }
    public required int AlertsInjected { get; init; }
    public required double WorkingSetBeforeMiB { get; init; }
    public required double WorkingSetAfterMiB { get; init; }
    public required double GcHeapBeforeMiB { get; init; }
    public required double GcHeapAfterMiB { get; init; }
    /// <summary>GC heap after a full collection, before the warm-up and with every brand deactivated after the load.</summary>
    public required double CollectedHeapBeforeMiB { get; init; }
    public required double CollectedHeapIdleMiB { get; init; }

    public double WorkingSetPerBrandKiB => (WorkingSetAfterMiB - WorkingSetBeforeMiB) * 1024 / Settings.Brands;

    public double GcHeapPerBrandKiB => (GcHeapAfterMiB - GcHeapBeforeMiB) * 1024 / Settings.Brands;

    public double HeapPerIdleBrandKiB => (CollectedHeapIdleMiB - CollectedHeapBeforeMiB) * 1024 / Settings.Brands;

    private string WarmUpLine => Settings.WarmUpRounds == 1
        ? string.Create(CultureInfo.InvariantCulture, $"cold start          {Settings.Brands:N0} brands activated by their first mention in {WarmUpSeconds:F1} s ({Settings.Brands / WarmUpSeconds:N0}/s)")
        : string.Create(CultureInfo.InvariantCulture, $"warm-up             {Settings.Brands:N0} brands × {Settings.WarmUpRounds} mentions (the first activates each) in {WarmUpSeconds:F1} s");

    private string RawLine => double.IsNaN(RawConsumePerSecond)
        ? string.Create(CultureInfo.InvariantCulture, $"none: the plain consumer read only {RawConsumeMessages:N0} messages before the timeout")
        : string.Create(CultureInfo.InvariantCulture, $"{RawConsumePerSecond:N0} messages/s (ceiling, {RawConsumeMessages:N0} messages); end to end is {EndToEndPerSecond / RawConsumePerSecond:P1} of it");

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"""
            bench: {Settings.Mentions:N0} mentions over {Settings.Brands:N0} brands, rate {(Settings.Rate > 0 ? Settings.Rate.ToString("N0", c) + "/s" : "full speed")}, {ProcessorCount} cores
              {WarmUpLine}
              produced            {Produced:N0} in {ProduceSeconds:F1} s ({Produced / ProduceSeconds:N0}/s)
              end to end          {EndToEndPerSecond:N0} mentions/s on average ({EndToEndSeconds:F1} s from first produce to last counted by the grains); after the first quarter: {AfterFirstQuarterPerSecond:N0}/s; best 5 s: {BestFiveSecondPerSecond:N0}/s
              server CPU          {CpuMicrosecondsPerMention:N1} µs per mention (all threads, the embedded broker included); {ProcessorCount} cores allow {ProcessorCount * 1e6 / CpuMicrosecondsPerMention:N0}/s at that cost
              brand calls         {MentionsPerBrandCall:N1} mentions per grain call on average
              raw Kafka consume   {RawLine}
              alert latency       SignalR  {SignalRMs}
                                  webhook  {WebhookMs}   ({AlertsInjected} fake releases injected)
              memory              working set {WorkingSetBeforeMiB:N0} → {WorkingSetAfterMiB:N0} MiB, GC heap {GcHeapBeforeMiB:N0} → {GcHeapAfterMiB:N0} MiB
                                  per active brand: {WorkingSetPerBrandKiB:N1} KiB working set, {GcHeapPerBrandKiB:N1} KiB GC heap
                                  per idle brand (all deactivated, full GC): {HeapPerIdleBrandKiB:N1} KiB GC heap ({CollectedHeapBeforeMiB:N0} → {CollectedHeapIdleMiB:N0} MiB)
            """));
    }

    public async Task WriteJsonAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.Create();
        // A run without alerts has no latency percentiles (NaN), which plain JSON numbers cannot hold.
        var options = new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        await JsonSerializer.SerializeAsync(stream, this, options, cancellationToken);
    }
}

/// <summary>p50/p95/p99/max of a sample, in milliseconds.</summary>
internal sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public override string ToString() => Count == 0
        ? "no alert received"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F0} ms, p95 {P95:F0} ms, p99 {P99:F0} ms, max {Max:F0} ms (n={Count})");
}
