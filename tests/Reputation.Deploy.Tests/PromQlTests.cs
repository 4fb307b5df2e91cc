using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>The metric-name extractor the dashboard and alert tests rely on.</summary>
public sealed class PromQlTests
{
    [Theory]
    [InlineData("up{job=\"reputation\"} == 0", "up")]
    [InlineData("histogram_quantile(0.99, sum by (le) (rate(reputation_processing_latency_seconds_bucket{job=\"reputation\",instance=~\"$instance\"}[$__rate_interval]))) > 1",
        "reputation_processing_latency_seconds_bucket")]
    [InlineData("sum(rate(a_total[5m])) / clamp_min(sum(rate(b_total[5m] offset 1h)), 1e-9) > 0.05", "a_total b_total")]
    [InlineData("sum(rate(x_total{outcome!=\"by (le) up\"}[10m])) without (instance) and on (job) y", "x_total y")]
    [InlineData("topk(8, sum by (lang) (rate(reputation_sentiment_total{job=\"reputation\"}[${__rate_interval}])))", "reputation_sentiment_total")]
    [InlineData("sum(rate(c_total[1m])) by (source)", "c_total")]
    public void Extracts_only_metric_names(string expression, string expected)
    {
        var names = PromQl.MetricNames(expression);

        Assert.Equal(expected.Split(' ').Order(), names.Order());
    }

    [Theory]
    [InlineData("reputation_consumer_lag", true)]
    [InlineData("reputation_processing_latency_seconds_bucket", true)]
    [InlineData("reputation_alert_push_latency_seconds_count", true)]
    [InlineData("orleans_catalog_activations", true)]
    [InlineData("microsoft_orleans_orleans_catalog_activations", true)]
    [InlineData("microsoft_aspnetcore_kestrel_connections", false)]
    [InlineData("up", true)]
    [InlineData("reputation_processing_latency_seconds", false)]
    [InlineData("reputation_consumer_lag_bucket", false)]
    [InlineData("reputation_mentions_total", false)]
    [InlineData("http_requests_total", false)]
    public void Allow_list_accepts_exported_series_only(string metric, bool known)
    {
        Assert.Equal(known, KnownMetrics.IsKnown(metric));
    }
}
