using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Hosting;
using Reputation.Cli.Bench;

namespace Reputation.Cli.Commands;

/// <summary>
/// <c>reputation bench</c>: starts the real server (its built dll, embedded Kafka, demo off), loads it with
/// synthetic mentions over many brands and measures throughput end to end, alert latency to SignalR and a
/// webhook, memory per brand, and the raw Kafka consume rate of such messages as the ceiling.
/// </summary>
internal static class BenchCommand
{
    private const string DefaultServerDll = "src/Reputation.Server/bin/Release/net10.0/Reputation.Server.dll";
    /// <summary>The raw consume rate is measured on this many messages at most: enough for a steady figure.</summary>
    private const long MaxRawMessages = 500_000;
    private static readonly TimeSpan TrackEvery = TimeSpan.FromMilliseconds(250);

    public static Command Create(CliConsole console)
    {
        var serverDll = new Option<FileInfo>("--server-dll") { Description = "The built server (dotnet build -c Release src/Reputation.Server -p:SkipClientBuild=true).", DefaultValueFactory = _ => new FileInfo(DefaultServerDll) };
        var mentions = new Option<long>("--mentions") { Description = "Mentions to produce.", DefaultValueFactory = _ => 500_000 };
        var brands = new Option<int>("--brands") { Description = "Brands the mentions are spread over (1,000 to 10,000 is the target range).", DefaultValueFactory = _ => 10_000 };
        var rate = new Option<double>("--rate") { Description = "Mentions per second to produce; 0 for full speed.", DefaultValueFactory = _ => 0 };
        var alerts = new Option<int>("--alerts") { Description = "Fake press releases injected (one per registered brand) to measure alert latency.", DefaultValueFactory = _ => 40 };
        var undeclared = new Option<int>("--undeclared-language-every") { Description = "Every Nth mention has no lang, so the language is detected (0: all declare it).", DefaultValueFactory = _ => 0 };
        var warmUp = new Option<int>("--warm-up-rounds") { Description = "Mentions per brand before the measured load: 1 activates every brand (the cold start); more let the JIT optimise the hot paths first, and each round after the first also sends an untimed fake release (to a brand of its own) so alert delivery is warm too.", DefaultValueFactory = _ => 1 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the grains to count every mention.", DefaultValueFactory = _ => 600 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures to this JSON file." };
        var setting = new Option<string[]>("--server-setting") { Description = "Extra server settings, e.g. --server-setting Kafka:MaxBatchSize=5000.", AllowMultipleArgumentsPerToken = true };

        var command = new Command("bench", "Load the real pipeline and measure throughput, alert latency, memory per brand and the raw Kafka ceiling.")
        {
            serverDll, mentions, brands, rate, alerts, undeclared, warmUp, timeout, json, setting,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new BenchSettings(parse.GetValue(mentions), parse.GetValue(brands), parse.GetValue(rate), parse.GetValue(alerts), parse.GetValue(undeclared), parse.GetValue(warmUp));
            var dll = parse.GetValue(serverDll)!;
            if (!dll.Exists)
            {
                await console.Error.WriteLineAsync($"error: server not built: {dll.FullName} (dotnet build -c Release src/Reputation.Server -p:SkipClientBuild=true)");
                return CliIo.ExitCodes.InputMissing;
            }

            if (settings is not { Mentions: >= 1_000 and <= 100_000_000, Brands: >= 1 and <= 100_000, Rate: >= 0, AlertBrands: >= 0 and <= 1_000, UndeclaredLanguageEvery: >= 0, WarmUpRounds: >= 1 and <= 100 })
            {
                await console.Error.WriteLineAsync("error: --mentions 1000..1e8, --brands 1..100000, --rate ≥ 0, --alerts 0..1000, --undeclared-language-every ≥ 0, --warm-up-rounds 1..100");
                return CliIo.ExitCodes.UsageError;
            }

            var extra = (parse.GetValue(setting) ?? []).Select(s => "--" + s).ToList();
            var report = await RunAsync(dll, extra, settings, TimeSpan.FromSeconds(parse.GetValue(timeout)), console.Error, ct);
            report.Print(console.Out);
            if (parse.GetValue(json) is { } file)
            {
                await report.WriteJsonAsync(file, ct);
            }

            return CliIo.ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<BenchReport> RunAsync(FileInfo dll, IReadOnlyList<string> extra, BenchSettings settings, TimeSpan timeout, TextWriter log, CancellationToken ct)
    {
        var startedAt = DateTime.UtcNow;
        log.WriteLine("bench: starting the server…");
        await using var server = await ServerProcess.StartAsync(dll, extra, TimeSpan.FromSeconds(120), ct);
        using var api = server.CreateClient();
        var kafka = await api.GetFromJsonAsync<KafkaInfo>("/api/system/kafka", ct) ?? throw new InvalidOperationException("No Kafka address.");

        var latencyBrands = Enumerable.Range(0, settings.AlertBrands).Select(i => $"zentrix-{i}").ToList();
        // Brands of their own for the warm-up's fake releases: the timed brands must meet their first release in the load.
        var warmUpBrands = Enumerable.Range(0, Math.Min(settings.AlertBrands, settings.WarmUpRounds - 1)).Select(i => $"zentrix-warm-up-{i}").ToList();
        foreach (var id in latencyBrands.Concat(warmUpBrands))
        {
            var brand = new Brand { Id = id, Name = "Zentrix", OfficialDomains = ["zentrix.com"], OfficialHandles = ["@zentrix"] };
            var registered = await api.PutAsJsonAsync($"/api/brands/{id}", brand, ct);
            if (!registered.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Registering {id} failed: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync(ct)}");
            }
        }

        var latencies = new AlertLatencies();
        await using var channels = await AlertChannels.OpenAsync(server, api, latencies, [.. latencyBrands, .. warmUpBrands], ct);
        // Let the runtime settle so the memory baseline is not start-up garbage.
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        var baseline = await ServerMetrics.ReadAsync(api, ct);
        var baselineHeap = await HeapAfterDeactivatingAsync(api, TimeSpan.FromDays(7), ct);

        // Cold start, measured on its own: the first mention of each brand activates its grain.
        log.WriteLine($"bench: warming up, {settings.WarmUpRounds} mention(s) for each of {settings.Brands:N0} brands…");
        var lead = new ProducerLead(BenchPartitions.Lead(kafka.Partitions, settings.Brands));
        using var stopTracking = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tracking = TrackCountAsync(api, baseline.Accepted, lead, stopTracking.Token);
        var load = new MentionLoad(kafka.BootstrapServers, kafka.Topic, settings, latencies, lead);
        var warming = Stopwatch.StartNew();
        var warmUpMentions = await Task.Run(() => load.WarmUp(warmUpBrands, ct), ct);
        var before = baseline;
        while (before.Accepted < baseline.Accepted + warmUpMentions && warming.Elapsed < timeout)
        {
            await Task.Delay(200, ct);
            before = await ServerMetrics.ReadAsync(api, ct);
        }

        var warmUpSeconds = warming.Elapsed.TotalSeconds;
        log.WriteLine($"bench: producing {settings.Mentions:N0} mentions to {kafka.BootstrapServers}…");
        var clock = Stopwatch.StartNew();
        var producing = Task.Run(() => load.RunAsync(latencyBrands, ct), ct);

        // Poll the grains' count until every mention is acknowledged; keep the best 5-second window.
        var samples = new List<(double Seconds, double Accepted)>();
        var target = before.Accepted + settings.Mentions + settings.AlertBrands;
        ServerMetrics now;
        do
        {
            await Task.Delay(500, ct);
            now = await ServerMetrics.ReadAsync(api, ct);
            samples.Add((clock.Elapsed.TotalSeconds, now.Accepted - before.Accepted));
            if (samples.Count % 10 == 0)
            {
                log.WriteLine($"bench: {clock.Elapsed.TotalSeconds:F0} s, {now.Accepted - before.Accepted:N0} counted by the grains");
            }
            if (producing.IsFaulted)
            {
                await producing;
            }
        }
        while (now.Accepted < target && clock.Elapsed < timeout);

        var endToEnd = clock.Elapsed.TotalSeconds;
        await producing;
        await stopTracking.CancelAsync();
        await tracking;
        var counted = now.Accepted - before.Accepted;

        // Alerts still on their way get a few seconds more.
        var alertWait = Stopwatch.StartNew();
        while ((latencies.ReceivedBySignalR < latencies.Injected || latencies.ReceivedByWebhook < latencies.Injected) && alertWait.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(200, ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        var after = await ServerMetrics.ReadAsync(api, ct);

        // Every brand idle: deactivate them all; what is left per brand is what an idle brand costs this process.
        log.WriteLine("bench: deactivating every brand to measure idle memory…");
        var idleHeap = await HeapAfterDeactivatingAsync(api, TimeSpan.Zero, ct);

        var rawMessages = Math.Min(load.Produced, MaxRawMessages);
        log.WriteLine($"bench: measuring the raw Kafka consume rate of {rawMessages:N0} such messages on a broker of the bench's own…");
        var raw = await RawConsumeRate.MeasureAsync(settings, rawMessages, TimeSpan.FromSeconds(120), ct);

        const double MiB = 1024 * 1024;
        return new BenchReport
        {
            StartedAtUtc = startedAt,
            ProcessorCount = Environment.ProcessorCount,
            Settings = settings,
            Produced = load.Produced,
            ProduceSeconds = load.Elapsed.TotalSeconds,
            WarmUpSeconds = warmUpSeconds,
            EndToEndSeconds = endToEnd,
            EndToEndPerSecond = counted / endToEnd,
            CpuMicrosecondsPerMention = (now.CpuSeconds - before.CpuSeconds) * 1e6 / counted,
            MentionsPerBrandCall = counted / (now.BrandCalls - before.BrandCalls),
            BestFiveSecondPerSecond = BestWindow(samples, 5),
            AfterFirstQuarterPerSecond = AfterFirstQuarter(samples, counted, endToEnd),
            RawConsumePerSecond = raw.PerSecond,
            RawConsumeMessages = raw.Messages,
            SignalRMs = Percentiles.Of(latencies.SignalRMilliseconds),
            WebhookMs = Percentiles.Of(latencies.WebhookMilliseconds),
            AlertsInjected = latencies.Injected,
            WorkingSetBeforeMiB = baseline.WorkingSetBytes / MiB,
            WorkingSetAfterMiB = after.WorkingSetBytes / MiB,
            GcHeapBeforeMiB = baseline.GcHeapBytes / MiB,
            GcHeapAfterMiB = after.GcHeapBytes / MiB,
            CollectedHeapBeforeMiB = baselineHeap / MiB,
            CollectedHeapIdleMiB = idleHeap / MiB,
        };
    }

    /// <summary>Tells the load what the grains have counted since the baseline, a few times per second, until cancelled.</summary>
    private static async Task TrackCountAsync(HttpClient api, double baseline, ProducerLead lead, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var metrics = await ServerMetrics.ReadAsync(api, ct);
                lead.Report((long)(metrics.Accepted - baseline));
                await Task.Delay(TrackEvery, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The measured load is over.
        }
    }

    /// <summary>Deactivates grains idle for <paramref name="idle"/> and returns the server's GC heap after a full collection.</summary>
    private static async Task<double> HeapAfterDeactivatingAsync(HttpClient api, TimeSpan idle, CancellationToken ct)
    {
        using var response = await api.PostAsync($"/api/system/deactivate-idle?idleSeconds={(int)idle.TotalSeconds}", null, ct);
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<DeactivationReport>(ct) ?? throw new InvalidOperationException("No deactivation report.");
        return report.HeapBytesAfterCollection;
    }

    private static double AfterFirstQuarter(List<(double Seconds, double Accepted)> samples, double counted, double seconds)
    {
        var (from, at) = samples.FirstOrDefault(s => s.Accepted >= counted / 4);
        return seconds > from ? (counted - at) / (seconds - from) : double.NaN;
    }

    private static double BestWindow(List<(double Seconds, double Accepted)> samples, double windowSeconds)
    {
        var best = 0.0;
        for (int i = 0, j = 0; j < samples.Count; j++)
        {
            while (samples[j].Seconds - samples[i].Seconds > windowSeconds)
            {
                i++;
            }

            var span = samples[j].Seconds - samples[i].Seconds;
            if (span >= windowSeconds * 0.8)
            {
                best = Math.Max(best, (samples[j].Accepted - samples[i].Accepted) / span);
            }
        }

        return best;
    }

    private sealed record KafkaInfo(string BootstrapServers, bool Embedded, string Topic, string DeadLetterTopic, int Partitions);
}
