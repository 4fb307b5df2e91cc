using System.Text.Json.Nodes;
using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>Scrape config and alert rules of deploy/prometheus.</summary>
public sealed class PrometheusRulesTests
{
    private static List<JsonObject> Rules() =>
        YamlJson.Load(RepoPaths.Combine("deploy", "prometheus", "alerts.yml"))["groups"]!.AsArray()
            .SelectMany(g => g!["rules"]!.AsArray())
            .Select(r => r!.AsObject())
            .ToList();

    [Fact]
    public void Every_rule_names_only_known_metrics()
    {
        var unknown = Rules()
            .Select(r => r["expr"]!.GetValue<string>())
            .SelectMany(e => PromQl.MetricNames(e).Where(m => !KnownMetrics.IsKnown(m)).Select(m => $"{m} in {e}"))
            .ToList();

        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    [Fact]
    public void Every_rule_has_a_name_severity_summary_and_a_pending_period()
    {
        var rules = Rules();
        Assert.NotEmpty(rules);
        Assert.Equal(rules.Count, rules.Select(r => r["alert"]!.GetValue<string>()).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.Contains(r["labels"]!["severity"]!.GetValue<string>(), new[] { "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(r["annotations"]!["summary"]!.GetValue<string>()));
            Assert.Matches("^[0-9]+[smh]$", r["for"]!.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("up", "== 0")]
    [InlineData("reputation_consumer_lag", ">")]
    [InlineData("reputation_mentions_deadlettered_total", ">")]
    [InlineData("reputation_webhook_deliveries_total", ">")]
    [InlineData("reputation_processing_latency_seconds_bucket", "> 1")]
    public void The_required_conditions_are_alerted_on(string metric, string comparison)
    {
        var expressions = Rules().Select(r => r["expr"]!.GetValue<string>()).ToList();

        Assert.Contains(expressions, e => PromQl.MetricNames(e).Contains(metric) && e.Contains(comparison, StringComparison.Ordinal));
    }

    [Fact]
    public void The_latency_rule_uses_the_99th_percentile()
    {
        var latency = Rules().Single(r => PromQl.MetricNames(r["expr"]!.GetValue<string>()).Contains("reputation_processing_latency_seconds_bucket"));

        Assert.StartsWith("histogram_quantile(0.99,", latency["expr"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("> 1", latency["expr"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_config_loads_the_rules_and_scrapes_both_silos_metrics()
    {
        var config = YamlJson.Load(RepoPaths.Combine("deploy", "prometheus", "prometheus.yml"));
        var compose = YamlJson.Load(RepoPaths.Combine("deploy", "compose.yaml"));

        var ruleFile = config["rule_files"]![0]!.GetValue<string>();
        var prometheusVolumes = compose["services"]!["prometheus"]!["volumes"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Contains($"./prometheus/alerts.yml:{ruleFile}:ro", prometheusVolumes);

        var job = config["scrape_configs"]!.AsArray().Single(j => j!["job_name"]!.GetValue<string>() == "reputation")!;
        Assert.Equal("/metrics", job["metrics_path"]!.GetValue<string>());
        var targets = job["static_configs"]![0]!["targets"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var silos = compose["services"]!.AsObject().Select(s => s.Key).Where(k => k.StartsWith("silo", StringComparison.Ordinal));
        Assert.Equal(silos.Select(s => $"{s}:8080").Order(), targets.Order());
    }
}
