using System.Text.Json.Nodes;
using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>deploy/compose.yaml: the local stack's wiring.</summary>
public sealed class ComposeTests
{
    private static readonly JsonObject Services =
        YamlJson.Load(RepoPaths.Combine("deploy", "compose.yaml"))["services"]!.AsObject();

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public void Every_service_references_a_pinned_image()
    {
        Assert.All(Services, service =>
        {
            var image = Text(service.Value!["image"]);
            Assert.Matches(@"^[a-z0-9./-]+:[A-Za-z0-9._-]+$", image);
            Assert.False(image.EndsWith(":latest", StringComparison.Ordinal), $"{service.Key} uses :latest");
        });
    }

    [Fact]
    public void The_stack_has_kafka_redis_two_silos_prometheus_and_grafana()
    {
        Assert.StartsWith("apache/kafka:", Text(Services["kafka"]!["image"]), StringComparison.Ordinal);
        Assert.StartsWith("redis:", Text(Services["redis"]!["image"]), StringComparison.Ordinal);
        Assert.StartsWith("prom/prometheus:", Text(Services["prometheus"]!["image"]), StringComparison.Ordinal);
        Assert.StartsWith("grafana/grafana:", Text(Services["grafana"]!["image"]), StringComparison.Ordinal);
        Assert.Equal(2, Services.Count(s => s.Key.StartsWith("silo", StringComparison.Ordinal)));
    }

    [Fact]
    public void Kafka_runs_in_kraft_mode_without_zookeeper()
    {
        var env = Services["kafka"]!["environment"]!;

        Assert.Equal("broker,controller", Text(env["KAFKA_PROCESS_ROLES"]));
        Assert.False(Services.ContainsKey("zookeeper"));
        Assert.Equal("false", Text(env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"]));
    }

    [Fact]
    public void Init_container_creates_both_topics_with_twelve_partitions_for_mentions()
    {
        var init = Services["kafka-init"]!;
        var script = string.Join("\n", init["command"]!.AsArray().Select(Text));

        Assert.Contains("--topic mentions --partitions 12", script, StringComparison.Ordinal);
        Assert.Contains("--topic mentions.deadletter ", script, StringComparison.Ordinal);
        Assert.Equal("service_healthy", Text(init["depends_on"]!["kafka"]!["condition"]));
    }

    [Theory]
    [InlineData("silo1")]
    [InlineData("silo2")]
    public void Silos_use_real_kafka_and_redis_clustering_and_storage(string silo)
    {
        var service = Services[silo]!;
        var env = service["environment"]!;

        Assert.Equal("kafka:9092", Text(env["Kafka__BootstrapServers"]));
        Assert.Equal("mentions", Text(env["Kafka__Topic"]));
        Assert.Equal("mentions.deadletter", Text(env["Kafka__DeadLetterTopic"]));
        Assert.Equal("redis", Text(env["Silo__Clustering"]));
        Assert.Equal("redis", Text(env["Silo__Storage"]));
        Assert.Equal("redis:6379", Text(env["ConnectionStrings__Redis"]));
        Assert.Equal("service_completed_successfully", Text(service["depends_on"]!["kafka-init"]!["condition"]));
        Assert.Equal("deploy/Dockerfile", Text(service["build"]!["dockerfile"]));
    }

    [Fact]
    public void Dependencies_name_existing_services()
    {
        foreach (var (name, service) in Services)
        {
            var dependsOn = service!["depends_on"];
            var targets = dependsOn switch
            {
                JsonArray list => list.Select(Text),
                JsonObject map => map.Select(kv => kv.Key),
                null => [],
                _ => throw new InvalidDataException($"{name}: depends_on has an unexpected shape"),
            };
            Assert.All(targets, t => Assert.True(Services.ContainsKey(t), $"{name} depends on missing {t}"));
        }
    }

    [Fact]
    public void Published_ports_bind_loopback_only()
    {
        var ports = Services.SelectMany(s => s.Value!["ports"]?.AsArray().Select(Text) ?? []).ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, p => Assert.StartsWith("127.0.0.1:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_mounted_files_exist()
    {
        var composeFolder = RepoPaths.Combine("deploy");
        var sources = Services
            .SelectMany(s => s.Value!["volumes"]?.AsArray().Select(Text) ?? [])
            .Select(v => v.Split(':')[0])
            .Where(source => source.StartsWith("./", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            var full = Path.Combine(composeFolder, source);
            Assert.True(File.Exists(full) || Directory.Exists(full), $"missing {source}");
        });
    }
}
