using System.Globalization;

namespace Reputation.Cli.Bench;

/// <summary>The few Prometheus figures the bench reads from the server's <c>/metrics</c>.</summary>
internal sealed record ServerMetrics(double Accepted, double WorkingSetBytes, double GcHeapBytes, double CpuSeconds, double BrandCalls)
{
    public static async Task<ServerMetrics> ReadAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync("/metrics", cancellationToken);
        double accepted = 0, workingSet = 0, heap = 0, cpu = 0, calls = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            if (space < 0 || !double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var name = line[..space];
            if (name.StartsWith("reputation_mentions_accepted_total", StringComparison.Ordinal))
            {
                accepted += value; // One series per mention source.
            }
            else if (name == "process_working_set_bytes")
            {
                workingSet = value;
            }
            else if (name == "dotnet_total_memory_bytes")
            {
                heap = value;
            }
            else if (name == "process_cpu_seconds_total")
            {
                cpu = value;
            }
            else if (name == "reputation_brand_batch_mentions_count")
            {
                calls = value;
            }
        }

        return new ServerMetrics(accepted, workingSet, heap, cpu, calls);
    }
}
