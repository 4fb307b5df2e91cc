using System.Text.Json.Nodes;
using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>
/// helm/reputation without a helm binary: template structure, names and value paths,
/// and the settings Orleans Kubernetes hosting depends on.
/// </summary>
public sealed class HelmTemplateTests
{
    private static readonly string Templates = RepoPaths.Combine("helm", "reputation", "templates");

    private static string Template(string name) => File.ReadAllText(Path.Combine(Templates, name));

    public static TheoryData<string> TemplateFiles() =>
        [.. Directory.EnumerateFiles(Templates).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static IEnumerable<GoTemplate.Analysis> AllAnalyses() =>
        Directory.EnumerateFiles(Templates).Select(f => GoTemplate.Analyze(File.ReadAllText(f)));

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Template_actions_and_blocks_balance(string file)
    {
        var analysis = GoTemplate.Analyze(Template(file));

        Assert.True(analysis.Errors.Count == 0, string.Join("\n", analysis.Errors));
    }

    [Fact]
    public void Every_included_template_is_defined_exactly_once()
    {
        var analyses = AllAnalyses().ToList();
        var defines = analyses.SelectMany(a => a.Defines).ToList();

        Assert.Equal(defines.Count, defines.Distinct().Count());
        var undefined = analyses.SelectMany(a => a.Includes).Distinct().Except(defines).ToList();
        Assert.True(undefined.Count == 0, "undefined: " + string.Join(", ", undefined));
    }

    [Fact]
    public void Every_values_path_read_by_a_template_exists_in_values_yaml()
    {
        var values = YamlJson.Load(RepoPaths.Combine("helm", "reputation", "values.yaml")).AsObject();
        var paths = AllAnalyses().SelectMany(a => a.ValuePaths).Distinct().ToList();
        Assert.NotEmpty(paths);

        var missing = paths.Where(p => !Exists(values, p)).ToList();

        Assert.True(missing.Count == 0, "not in values.yaml: " + string.Join(", ", missing));
    }

    [Fact]
    public void Silo_pods_carry_what_orleans_kubernetes_hosting_reads()
    {
        var deployment = Template("deployment.yaml");

        Assert.Contains("orleans/serviceId:", deployment, StringComparison.Ordinal);
        Assert.Contains("orleans/clusterId:", deployment, StringComparison.Ordinal);
        foreach (var (variable, field) in new[] { ("POD_NAME", "metadata.name"), ("POD_NAMESPACE", "metadata.namespace"), ("POD_IP", "status.podIP") })
        {
            Assert.Matches($@"- name: {variable}\s+valueFrom:\s+fieldRef:\s+fieldPath: {field.Replace(".", @"\.", StringComparison.Ordinal)}", deployment);
        }

        Assert.Contains("serviceAccountName:", deployment, StringComparison.Ordinal);
        Assert.Contains("terminationGracePeriodSeconds:", deployment, StringComparison.Ordinal);
        Assert.Contains("preStop:", deployment, StringComparison.Ordinal);
        Assert.Matches(@"readinessProbe:\s+httpGet:\s+path: /health/ready", deployment);
        Assert.Matches(@"livenessProbe:\s+httpGet:\s+path: /health/live", deployment);
    }

    [Fact]
    public void Role_grants_the_pod_verbs_of_the_hosting_package()
    {
        var rbac = Template("rbac.yaml");

        Assert.Contains("resources: [\"pods\"]", rbac, StringComparison.Ordinal);
        foreach (var verb in new[] { "get", "watch", "list", "patch" })
        {
            Assert.Contains($"- {verb}\n", rbac, StringComparison.Ordinal);
        }

        Assert.Matches(@"if \.Values\.rbac\.deleteDefunctPods \}\}\s+- delete", rbac);
        Assert.Contains("kind: RoleBinding", rbac, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpu_hpa_and_keda_are_never_rendered_together()
    {
        Assert.Contains("if and .Values.autoscaling.enabled (not .Values.keda.enabled)", Template("hpa.yaml"), StringComparison.Ordinal);
        var keda = Template("scaledobject.yaml");
        Assert.Contains("kind: ScaledObject", keda, StringComparison.Ordinal);
        Assert.Contains("type: kafka", keda, StringComparison.Ordinal);
        Assert.Contains("allowIdleConsumers: \"false\"", keda, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingress_pins_signalr_clients_with_cookie_affinity()
    {
        var ingress = Template("ingress.yaml");

        Assert.Contains("nginx.ingress.kubernetes.io/affinity: cookie", ingress, StringComparison.Ordinal);
        Assert.Contains("nginx.ingress.kubernetes.io/session-cookie-name:", ingress, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_metadata_is_a_v2_application_chart()
    {
        var chart = YamlJson.Load(RepoPaths.Combine("helm", "reputation", "Chart.yaml"));

        Assert.Equal("v2", chart["apiVersion"]!.GetValue<string>());
        Assert.Equal("reputation", chart["name"]!.GetValue<string>());
        Assert.Equal("application", chart["type"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+\.\d+$", chart["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{{ if .Values.a }}x", "no matching 'end'")]
    [InlineData("{{ end }}", "'end' without an open block")]
    [InlineData("a: {{ .Values.a }", "never closed")]
    [InlineData("a: .Values.a }}", "without an opening")]
    [InlineData("{{ define \"x\" }}{{ if .a }}{{ end }}", "'define' has no matching 'end'")]
    [InlineData("{{ else }}", "'else' outside")]
    [InlineData("{{ /* open comment }}", "comment is not closed")]
    public void Checker_reports_broken_templates(string text, string expected)
    {
        var analysis = GoTemplate.Analyze(text);

        Assert.Contains(analysis.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_accepts_nested_blocks_and_braces_inside_strings()
    {
        var analysis = GoTemplate.Analyze(
            "{{- define \"n\" -}}{{ if .a }}{{ range .b }}{{ \"}}\" }}{{ else }}{{ end }}{{ else if .c }}{{ end }}{{- end -}}\n{{ include \"n\" . }} {{ $.Values.x.y }}");

        Assert.Empty(analysis.Errors);
        Assert.Equal(["n"], analysis.Defines);
        Assert.Equal(["n"], analysis.Includes);
        Assert.Equal([".x.y"], analysis.ValuePaths);
    }

    private static bool Exists(JsonObject values, string dottedPath)
    {
        JsonNode? node = values;
        foreach (var part in dottedPath.TrimStart('.').Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out node))
            {
                return false;
            }
        }

        return true;
    }
}
