using System.Text.Json.Nodes;
using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>The provisioned Grafana dashboard queries only metrics the service exports.</summary>
public sealed class GrafanaDashboardTests
{
    private static readonly string DashboardPath = RepoPaths.Combine("deploy", "grafana", "dashboards", "reputation.json");

    private static JsonObject LoadDashboard() => JsonNode.Parse(File.ReadAllText(DashboardPath))!.AsObject();

    private static List<string> Expressions(JsonNode? node)
    {
        var found = new List<string>();
        Collect(node, found);
        return found;

        static void Collect(JsonNode? node, List<string> found)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "expr" && value is JsonValue v && v.TryGetValue<string>(out var expr))
                        {
                            found.Add(expr);
                        }
                        else
                        {
                            Collect(value, found);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Collect(item, found);
                    }

                    break;
            }
        }
    }

    [Fact]
    public void Every_expression_names_only_known_metrics()
    {
        var expressions = Expressions(LoadDashboard());
        Assert.True(expressions.Count >= 20, $"only {expressions.Count} expressions found");

        var unknown = expressions
            .SelectMany(e => PromQl.MetricNames(e).Where(m => !KnownMetrics.IsKnown(m)).Select(m => $"{m} in {e}"))
            .ToList();

        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    [Fact]
    public void Every_expression_names_at_least_one_metric()
    {
        Assert.All(Expressions(LoadDashboard()), e => Assert.NotEmpty(PromQl.MetricNames(e)));
    }

    [Fact]
    public void Every_service_metric_has_a_panel()
    {
        var used = Expressions(LoadDashboard())
            .SelectMany(PromQl.MetricNames)
            .Select(KnownMetrics.ServiceMetricOf)
            .OfType<string>()
            .ToHashSet();

        Assert.Empty(KnownMetrics.Service.Except(used));
    }

    [Fact]
    public void Panels_have_unique_ids_fit_the_grid_and_use_the_datasource_variable()
    {
        var panels = LoadDashboard()["panels"]!.AsArray().Select(p => p!.AsObject()).ToList();

        Assert.Equal(panels.Count, panels.Select(p => p["id"]!.GetValue<int>()).Distinct().Count());
        foreach (var panel in panels)
        {
            var grid = panel["gridPos"]!;
            Assert.InRange(grid["x"]!.GetValue<int>() + grid["w"]!.GetValue<int>(), 1, 24);
            if (panel["type"]!.GetValue<string>() != "row")
            {
                Assert.Equal("${datasource}", panel["datasource"]!["uid"]!.GetValue<string>());
                Assert.NotEmpty(panel["targets"]!.AsArray());
            }
        }
    }

    [Fact]
    public void Provisioning_points_at_the_dashboard_and_datasource_grafana_loads()
    {
        var provider = YamlJson.Load(RepoPaths.Combine("deploy", "grafana", "provisioning", "dashboards", "reputation.yaml"));
        var datasources = YamlJson.Load(RepoPaths.Combine("deploy", "grafana", "provisioning", "datasources", "prometheus.yaml"));
        var compose = YamlJson.Load(RepoPaths.Combine("deploy", "compose.yaml"));

        var dashboardFolder = provider["providers"]![0]!["options"]!["path"]!.GetValue<string>();
        var grafanaVolumes = compose["services"]!["grafana"]!["volumes"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Contains($"./grafana/dashboards:{dashboardFolder}:ro", grafanaVolumes);

        var datasource = datasources["datasources"]![0]!;
        Assert.Equal("prometheus", datasource["type"]!.GetValue<string>());
        var variable = LoadDashboard()["templating"]!["list"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "datasource")!;
        Assert.Equal(datasource["uid"]!.GetValue<string>(), variable["current"]!["value"]!.GetValue<string>());
    }
}
