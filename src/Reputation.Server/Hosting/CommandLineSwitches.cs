namespace Reputation.Server.Hosting;

/// <summary>Short command-line switches for the settings people change most when trying the service.</summary>
public static class CommandLineSwitches
{
    public static readonly IDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["--demo"] = "Demo:Enabled",
        ["--kafka"] = "Kafka:BootstrapServers",
        ["--port"] = "Silo:SiloPort",
    };
}
