using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Without_bootstrap_servers_the_host_runs_an_embedded_cluster_and_ingests_end_to_end()
    {
        var sink = new RecordingSink();
        using var host = BuildHost(sink, new Dictionary<string, string?>
        {
            ["Kafka:Partitions"] = "3",
            ["Kafka:SessionTimeoutMs"] = "3000",
            ["Kafka:BatchLingerMs"] = "10",
        });
        var latencyBefore = IngestionMetrics.ProcessingLatency.Count;
        await host.StartAsync();

        var endpoint = host.Services.GetRequiredService<IKafkaEndpoint>();
        Assert.True(endpoint.Embedded);
        Assert.StartsWith("127.0.0.1:", endpoint.BootstrapServers);
        var topics = Metadata(endpoint.BootstrapServers);
        Assert.Equal(3, topics["mentions"]);
        Assert.True(topics.ContainsKey("mentions.deadletter"));

        var mentions = TestMentions.ValidSet(["acme", "globex"], 20);
        await host.Services.GetRequiredService<MentionProducer>().ProduceAsync(mentions, CancellationToken.None);
        await Eventually.TrueAsync(() => sink.DistinctCount == mentions.Count, "mentions produced through DI reach the sink");
        Assert.True(IngestionMetrics.ProcessingLatency.Count >= latencyBefore + mentions.Count);

        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Entries["kafka"].Status);

        // The lag gauge reports this member's partitions once it has caught up.
        await Eventually.TrueAsync(
            () => IngestionMetrics.ConsumerLag.GetAllLabelValues().Select(l => l[0]).Order().SequenceEqual(["0", "1", "2"])
                && IngestionMetrics.ConsumerLag.GetAllLabelValues().All(l => IngestionMetrics.ConsumerLag.WithLabels(l).Value == 0),
            "lag reported as 0 for partitions 0..2", 10);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_produce_only_process_needs_no_scorer_or_sink()
    {
        await using var bed = new KafkaTestBed(partitions: 2);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = bed.Cluster.BootstrapServers,
            ["Kafka:ConsumerEnabled"] = "false",
        });
        builder.Services.AddReputationIngestion(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();

        var endpoint = host.Services.GetRequiredService<IKafkaEndpoint>();
        Assert.False(endpoint.Embedded);
        Assert.Equal(bed.Cluster.BootstrapServers, endpoint.BootstrapServers);
        var mentions = TestMentions.ValidSet(["acme"], 5);
        await host.Services.GetRequiredService<MentionProducer>().ProduceAsync(mentions, CancellationToken.None);
        Assert.Equal(5, bed.EndOffsetTotal());
        await host.StopAsync();
    }

    [Fact]
    public void With_bootstrap_servers_configured_nothing_is_started()
    {
        using var endpoint = new KafkaEndpoint(Options.Create(new KafkaOptions { BootstrapServers = " 127.0.0.1:9 " }));
        Assert.False(endpoint.Embedded);
        Assert.Equal("127.0.0.1:9", endpoint.BootstrapServers);
        Assert.Null(endpoint.Cluster);
    }

    [Fact]
    public async Task The_health_check_reports_an_unreachable_cluster()
    {
        // Port 9 on loopback: nothing listens there.
        using var endpoint = new KafkaEndpoint(Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:9" }));
        using var check = new KafkaHealthCheck(endpoint, Options.Create(new KafkaOptions { HealthCheckTimeoutMs = 500 }));
        var result = await check.CheckHealthAsync(new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("kafka", check, HealthStatus.Unhealthy, null),
        });
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("127.0.0.1:9", result.Description);
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_with_a_clear_message()
    {
        using var host = BuildHost(new RecordingSink(), new Dictionary<string, string?> { ["Kafka:GroupProtocol"] = "eager" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Kafka:GroupProtocol", error.Message);
    }

    private static IHost BuildHost(RecordingSink sink, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IMentionScorer, LexiconScorer>();
        builder.Services.AddSingleton<IBrandBatchSink>(sink);
        builder.Services.AddReputationIngestion(builder.Configuration);
        return builder.Build();
    }

    private static Dictionary<string, int> Metadata(string servers)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = servers }).Build();
        return admin.GetMetadata(TimeSpan.FromSeconds(10)).Topics.ToDictionary(t => t.Topic, t => t.Partitions.Count);
    }
}
