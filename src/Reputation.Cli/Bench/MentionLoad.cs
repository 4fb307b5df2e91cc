using System.Diagnostics;
using System.Globalization;
using System.Text;
using Confluent.Kafka;

namespace Reputation.Cli.Bench;

/// <summary>
/// Produces synthetic mentions, keyed by brand, spread evenly over the brands, at full speed or a set rate,
/// with fake press releases for the latency brands injected at even intervals. Mentions are published
/// "now" so the service treats them as live. With a <paramref name="lead"/>, it never runs further ahead of
/// the grains than that allows.
/// </summary>
internal sealed class MentionLoad(string bootstrapServers, string topic, BenchSettings settings, AlertLatencies latencies, ProducerLead? lead)
{
    /// <summary>How often (in messages) the load checks its lead.</summary>
    private const int LeadCheckEvery = 1_000;

    /// <summary>Every message produced, warm-up included: what <see cref="ProducerLead"/> compares with the grains' count.</summary>
    private long _sent;
    private long _nextLeadCheck;

    private static readonly string[] Texts =
    [
        "Just got my order from {0}, fast delivery and friendly support. Happy customer!",
        "{0} support has kept me waiting for two weeks, worst service ever, never again.",
        "Anyone else seeing {0} prices go up again this month?",
        "Loving the new {0} app update, so much smoother than before.",
        "Mon colis {0} est arrivé cassé, le service client ne répond pas.",
    ];

    /// <summary>Ids of the warm-up's fake releases: not <see cref="AlertLatencies.IdPrefix"/>, so their alerts are not timed.</summary>
    public const string WarmUpFakePrefix = "bench-warm-up-";

    public long Produced { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    /// <summary>
    /// <see cref="BenchSettings.WarmUpRounds"/> mentions per brand, so that every brand grain is active before the measured
    /// load; rounds after the first also run the hot paths often enough for the JIT to optimise them, and each of them
    /// opens with a fake release for one of <paramref name="alertBrands"/>, so alerting and its deliveries are compiled
    /// before the measured load too (they are not timed). Returns how many mentions it produced.
    /// </summary>
    public long WarmUp(IReadOnlyList<string> alertBrands, CancellationToken cancellationToken)
    {
        using var producer = BuildProducer();
        var failures = new DeliveryFailures();
        var fakes = 0;

        for (var round = 0; round < settings.WarmUpRounds; round++)
        {
            if (round > 0 && fakes < alertBrands.Count)
            {
                KeepLead(cancellationToken);
                var now = DateTime.UtcNow;
                Produce(producer, alertBrands[fakes], FakeRelease(WarmUpFakePrefix + fakes.ToString(CultureInfo.InvariantCulture), alertBrands[fakes], now), now, failures.Report);
                fakes++;
            }

            for (var i = 0; i < settings.Brands; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                KeepLead(cancellationToken);
                var brand = BrandName(i);
                var now = DateTime.UtcNow;
                var text = (round + i) % Texts.Length;
                Produce(producer, brand, Mention($"w-{round}-{i}", brand, Texts[text], text == 4 ? "fr" : "en", i, now), now, failures.Report);
            }
        }

        producer.Flush(cancellationToken);
        failures.ThrowIfAny("warm-up messages");

        return (long)settings.Brands * settings.WarmUpRounds + fakes;
    }

    public async Task RunAsync(IReadOnlyList<string> latencyBrands, CancellationToken cancellationToken)
    {
        using var producer = BuildProducer();
        var failures = new DeliveryFailures();

        var injectEvery = latencyBrands.Count == 0 ? long.MaxValue : Math.Max(1, settings.Mentions / (latencyBrands.Count + 1));
        var injected = 0;
        var clock = Stopwatch.StartNew();
        for (long n = 0; n < settings.Mentions; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (settings.Rate > 0 && n % 1_000 == 0)
            {
                var due = TimeSpan.FromSeconds(n / settings.Rate);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }
            }

            KeepLead(cancellationToken);
            var now = DateTime.UtcNow;
            if (n > 0 && n % injectEvery == 0 && injected < latencyBrands.Count)
            {
                var id = AlertLatencies.IdPrefix + injected.ToString(CultureInfo.InvariantCulture);
                Produce(producer, latencyBrands[injected], FakeRelease(id, latencyBrands[injected], now), now, failures.Report);
                latencies.Produced(id, now);
                injected++;
            }

            var brand = BrandName((int)(n % settings.Brands));
            Produce(producer, brand, Ordinary(n, brand, now), now, failures.Report);
        }

        producer.Flush(cancellationToken);
        Elapsed = clock.Elapsed;
        Produced = settings.Mentions + injected;
        failures.ThrowIfAny("messages");
    }

    private IProducer<byte[], byte[]> BuildProducer() => new ProducerBuilder<byte[], byte[]>(new ProducerConfig
    {
        BootstrapServers = bootstrapServers,
        LingerMs = 5,
        BatchNumMessages = 10_000,
        QueueBufferingMaxMessages = 500_000,
        Acks = Acks.Leader,
        CompressionType = CompressionType.None,
    }).Build();

    public static string BrandName(int index) => "bench-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Called before a message's timestamp is taken, so that time spent waiting for the grains is not counted as latency.</summary>
    private void KeepLead(CancellationToken cancellationToken)
    {
        if (lead is not null && _sent >= _nextLeadCheck)
        {
            lead.WaitForRoom(_sent, cancellationToken);
            _nextLeadCheck = _sent + LeadCheckEvery;
        }
    }

    private void Produce(IProducer<byte[], byte[]> producer, string brand, string json, DateTime now, Action<DeliveryReport<byte[], byte[]>> onDelivery)
    {
        _sent++;
        var message = new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(brand), Value = Encoding.UTF8.GetBytes(json), Timestamp = new Timestamp(now, TimestampType.CreateTime) };
        while (true)
        {
            try
            {
                producer.Produce(topic, message, onDelivery);
                return;
            }
            catch (ProduceException<byte[], byte[]> ex) when (ex.Error.Code == Confluent.Kafka.ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(10));
            }
        }
    }

    private string Ordinary(long n, string brand, DateTime now)
    {
        var lang = settings.UndeclaredLanguageEvery > 0 && n % settings.UndeclaredLanguageEvery == 0
            ? null
            : n % Texts.Length == 4 ? "fr" : "en";
        return Mention($"m-{n}", brand, Texts[(int)(n % Texts.Length)], lang, n, now);
    }

    private static string Mention(string id, string brand, string template, string? lang, long n, DateTime now)
    {
        var text = string.Format(CultureInfo.InvariantCulture, template, brand);
        var language = lang is null ? "" : $",\"lang\":\"{lang}\"";
        return $$"""{"id":"{{id}}","brand":"{{brand}}","source":"twitter","text":"{{text}}","publishedAt":"{{now:O}}"{{language}},"author":{"handle":"user{{n % 50_000}}","followers":{{n % 5_000}} } }""";
    }

    /// <summary>A release-like claim from a lookalike domain and handle: suspect on its own, so it alerts on the first mention.</summary>
    private static string FakeRelease(string id, string brand, DateTime now) =>
        $$"""{"id":"{{id}}","brand":"{{brand}}","source":"newswire","text":"PRESS RELEASE: Zentrix announces restatement of its 2025 accounts and the dismissal of its CFO","publishedAt":"{{now:O}}","lang":"en","url":"https://zentrix.group/communique","author":{"handle":"@zentrix_press","followers":311} }""";

    /// <summary>Counts the deliveries Kafka reports as failed (on its delivery thread); checked once the producer is flushed.</summary>
    private sealed class DeliveryFailures
    {
        private long count;

        public void Report(DeliveryReport<byte[], byte[]> report)
        {
            if (report.Error.IsError)
            {
                Interlocked.Increment(ref count);
            }
        }

        public void ThrowIfAny(string what)
        {
            var failed = Interlocked.Read(ref count);
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} {what} were not delivered to Kafka.");
            }
        }
    }
}
