using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Reputation.ServiceDefaults;
using static Reputation.Server.Tests.TestMentions;

namespace Reputation.Server.Tests;

public sealed partial class MetricsTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    [Fact]
    public async Task Metrics_carry_real_values_once_mentions_flow()
    {
        using var ingester = host.Client(ReputationHost.IngesterKey);
        using var anonymous = host.Client(apiKey: null);
        var body = Ndjson(Enumerable.Range(0, 20).Select(i => (object)Make("metrics-brand", $"metrics-{i}", i % 2 == 0 ? "Terrible service, never again" : "Great support, thank you")))
            + "{\"id\":\"metrics-bad\"}\n";
        await ingester.PostAsync("/api/mentions", Body(body));

        var text = await ReputationHost.Eventually(() => anonymous.GetStringAsync("/metrics"),
            t => Value(t, "reputation_mentions_accepted_total") >= 20 && Value(t, "reputation_sentiment_total") >= 20 && t.Contains("reputation_consumer_lag{", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));

        Assert.True(Value(text, "reputation_mentions_consumed_total") >= 20);
        Assert.True(Value(text, "reputation_mentions_accepted_total") >= 20);
        Assert.True(Value(text, "reputation_sentiment_total") >= 20);
        Assert.True(Value(text, "reputation_processing_latency_seconds_count") >= 1);
        Assert.Contains("reputation_consumer_lag{", text);
        Assert.Matches(@"(?m)^microsoft_orleans_orleans_catalog_activations", text);
        // Orleans' observed counters are exported; its recorded ones stay out: each measurement cost CPU on every grain call.
        Assert.Matches(@"(?m)^microsoft_orleans_orleans_messaging_sent_local", text);
        Assert.DoesNotMatch(@"(?m)^microsoft_orleans_orleans_app_requests_latency", text);
    }

    [Fact]
    public void Only_observed_Orleans_instruments_go_through_the_meter_adapter()
    {
        using var orleans = new Meter("Microsoft.Orleans");
        using var other = new Meter("Microsoft.AspNetCore.Hosting");

        Assert.True(ServiceDefaultsExtensions.IsExported(orleans.CreateObservableCounter("orleans-observed", () => 1L)));
        Assert.False(ServiceDefaultsExtensions.IsExported(orleans.CreateCounter<int>("orleans-recorded")));
        Assert.False(ServiceDefaultsExtensions.IsExported(orleans.CreateHistogram<double>("orleans-timed")));
        Assert.True(ServiceDefaultsExtensions.IsExported(other.CreateHistogram<double>("http.server.request.duration")));
    }

    /// <summary>The sum of every sample of a metric family (all label sets).</summary>
    private static double Value(string exposition, string name) =>
        Sample().Matches(exposition)
            .Where(m => m.Groups["name"].Value == name)
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?m)^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (?<value>[-+0-9.eE]+|NaN)$")]
    private static partial Regex Sample();
}
